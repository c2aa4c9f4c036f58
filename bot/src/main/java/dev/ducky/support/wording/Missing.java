package dev.ducky.support.wording;

/** What a customer answer needs and a developer's words may lack. */
public enum Missing {
    IMPACT("what customers notice"),
    ETA("an ETA, or when the next update will come"),
    WORKAROUND("whether there is a workaround");

    private final String label;

    Missing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
