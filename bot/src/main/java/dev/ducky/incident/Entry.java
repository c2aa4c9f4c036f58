package dev.ducky.incident;

import dev.ducky.prompts.Move;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of an incident's timeline. A move of Ducky's also names the move and the sections it cited, so
 * nobody has to parse them back out of the text.
 *
 * @param move  the move Ducky made; null for every other kind of line
 * @param cited the section ids the move cited, in order; empty for every other kind of line
 */
public record Entry(Kind kind, @Nullable String author, @Nullable Move move, List<String> cited, String text,
                    Instant at) {
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
        /** A move Ducky made: what it said, with the move and its citations alongside. */
        MOVE
    }

    public Entry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        cited = List.copyOf(cited);
        if ((kind == Kind.MOVE) != (move != null)) {
            throw new IllegalArgumentException("a move entry, and only a move entry, names its move: " + kind + " " + move);
        }
        if (kind != Kind.MOVE && !cited.isEmpty()) {
            throw new IllegalArgumentException("only a move cites sections: " + kind);
        }
    }

    /** A line that is not a move. */
    public Entry(Kind kind, @Nullable String author, String text, Instant at) {
        this(kind, author, null, List.of(), text, at);
    }
}
