package dev.ducky.support.wording;

import dev.ducky.prompts.Part;

/** What a customer answer needs and a developer's words may lack. */
public enum Missing {
    IMPACT(Part.MISSING_IMPACT),
    ETA(Part.MISSING_ETA),
    WORKAROUND(Part.MISSING_WORKAROUND);

    private final Part label;

    Missing(Part label) {
        this.label = label;
    }

    /** How the developers are told it is missing. */
    public Part label() {
        return label;
    }
}
