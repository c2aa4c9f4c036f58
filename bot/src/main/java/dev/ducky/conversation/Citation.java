package dev.ducky.conversation;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;

/**
 * A runbook section a reply cites.
 *
 * @param id    {@code path#anchor}, the section's stable id
 * @param label what a human reads, e.g. {@code Checkout high error rate › Diagnosis}
 * @param url   a web link to the section when the runbook repository's URL is configured
 */
public record Citation(String id, String label, @Nullable String url) {
    public Citation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
