package dev.ducky.incident;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/** One line of an incident's timeline. */
public record Entry(Kind kind, @Nullable String author, String text, Instant at) {
    /** What the line records. */
    public enum Kind {
        /** A human message (redacted). */
        MESSAGE,
        /** A step of the plan someone stated. */
        PLAN_STEP,
        HYPOTHESIS,
        NOTE,
        /** Something someone observed or did. */
        FINDING,
        /** A query someone shared or Ducky showed. */
        QUERY,
        /** A move Ducky made: the move's name, then the cited section ids. */
        MOVE
    }

    public Entry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
