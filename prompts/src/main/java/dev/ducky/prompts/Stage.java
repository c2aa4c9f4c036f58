package dev.ducky.prompts;

/** The four kinds of interaction Ducky may have with a responder (EDGE). */
public enum Stage {
    EXPLAIN, DEMONSTRATE, GUIDE, ENHANCE;

    /** Lower-case name as it appears in traces. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
