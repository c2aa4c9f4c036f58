package dev.ducky.support;

import java.time.Instant;
import java.util.Objects;

/**
 * An answer a developer confirmed: what support may tell customers, versioned per incident.
 *
 * @param version 1 for the incident's first confirmed answer, then 2, 3… each replacing the one before
 * @param by      who confirmed it
 */
public record Answer(int version, String customer, String partner, String by, Instant at, boolean edited) {
    public Answer {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    static Answer of(Step step) {
        return new Answer(((Number) step.data().get(Step.Data.VERSION)).intValue(), step.text(Step.Data.CUSTOMER),
                step.text(Step.Data.PARTNER) == null ? "" : step.text(Step.Data.PARTNER), step.actor(), step.at(),
                Boolean.TRUE.equals(step.data().get(Step.Data.EDITED)));
    }
}
