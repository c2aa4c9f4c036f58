package dev.ducky.incident;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * An incident session: one per channel, or per thread when opened in one.
 *
 * @param threadTs null when the session covers the whole channel
 * @param lead     the incident lead's user id
 * @param alert    the alert that opened it, if one did
 * @param runbook  the runbook (indexed path) the session is about, once known
 * @param declared whether someone declared it ({@code start} or an alert); undeclared sessions only hold
 *                 the conversation
 */
public record Incident(String id, String channel, @Nullable String threadTs, String title, @Nullable String lead,
                       @Nullable String alert, @Nullable String runbook, boolean declared, State state,
                       @Nullable String openedBy, Instant openedAt, @Nullable Instant resolvedAt) {
    public enum State { OPEN, RESOLVED }

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
