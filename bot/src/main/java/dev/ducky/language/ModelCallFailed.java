package dev.ducky.language;

import java.util.Locale;

/** A model call that gave nothing usable; the caller falls back to the offline path. */
public class ModelCallFailed extends Exception {
    /** Why, as counted in metrics. */
    public enum Kind {
        TIMEOUT, ERROR, MALFORMED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Reasons travel in traces (Slack message metadata): one short line, not a provider's whole error page. */
    static final int MAX_REASON = 200;

    private final Kind kind;

    public ModelCallFailed(Kind kind, String message, Throwable cause) {
        super(kind.label() + ": " + firstLine(message), cause);
        this.kind = kind;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().split("\\R", 2)[0];
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 1) + "…";
    }

    public Kind kind() {
        return kind;
    }
}
