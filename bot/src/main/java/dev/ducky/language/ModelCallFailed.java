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

    private final Kind kind;

    public ModelCallFailed(Kind kind, String message, Throwable cause) {
        super(kind.label() + ": " + message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
