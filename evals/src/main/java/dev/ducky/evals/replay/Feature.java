package dev.ducky.evals.replay;

import java.util.Locale;
import java.util.Optional;

/**
 * What a scenario may need beyond plain turns. A replay target says which it offers; a scenario needing one
 * it lacks is reported as skipped, with the reason, rather than faked.
 */
public enum Feature {
    /** The two-phase support flow: drafts, a developer's confirm / edit / reject, the edit modal. */
    SUPPORT("the two-phase support flow (drafts, confirm / edit / reject, modals) is not in this Ducky yet"),
    /** A scripted language model plugged in for the scenario (e.g. one that misbehaves). */
    MODEL("no scripted language model can be plugged into this Ducky yet"),
    /** The scenario's own knowledge folder instead of the bundled sample runbooks. */
    KNOWLEDGE("the Ducky under test has its own runbooks; this scenario brings its own knowledge folder");

    private final String missing;

    Feature(String missing) {
        this.missing = missing;
    }

    /** Why a scenario needing this feature is skipped where it is missing. */
    public String whyMissing() {
        return missing;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Feature> ofLabel(String label) {
        for (Feature feature : values()) {
            if (feature.label().equals(label)) {
                return Optional.of(feature);
            }
        }
        return Optional.empty();
    }
}
