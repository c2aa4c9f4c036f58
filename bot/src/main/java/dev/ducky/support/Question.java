package dev.ducky.support;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * What support asked about an incident.
 *
 * @param incidentId      null until Ducky knows which incident it is about
 * @param incidentChannel the incident's channel, once known
 * @param supportThread   the thread Ducky answers support in; null until the first post when asked by slash command
 * @param devThread       the incident-channel thread developers answer in; null until it is posted
 * @param questions       what support asked (redacted)
 */
public record Question(String id, @Nullable String incidentId, @Nullable String incidentChannel, String supportChannel,
                       @Nullable String supportThread, @Nullable String devThread, String askedBy, String questions,
                       Instant askedAt) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(supportChannel, "supportChannel");
        Objects.requireNonNull(askedBy, "askedBy");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(askedAt, "askedAt");
    }
}
