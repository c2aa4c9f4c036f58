package dev.ducky.persistence;

/**
 * Fits text people wrote into a column's size: a long title or error is cut (and says so), never a failed
 * statement that would make its message fail on every attempt.
 */
public final class Columns {
    public static final int INCIDENT_TITLE = 500;
    public static final int INCIDENT_ALERT = 200;
    public static final int INCIDENT_RUNBOOK = 500;
    public static final int STEP_CAUSE = 300;
    public static final int TERM = 200;
    public static final int ERROR = 1000;

    private static final String CUT = "…";

    private Columns() {
    }

    /** The value, or its first characters and an ellipsis when it is longer than {@code size}. */
    public static String fit(String value, int size) {
        if (value == null || value.length() <= size) {
            return value;
        }
        int end = size - CUT.length();
        // Never split a surrogate pair: half a character is not valid text.
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + CUT;
    }
}
