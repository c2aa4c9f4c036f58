package dev.ducky.query.promql.ast;

import java.util.Objects;

/** The {@code @} modifier: a fixed evaluation time, or the start or end of the query's range. */
public record AtModifier(Kind kind, long timestampMillis) {
    public AtModifier {
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind { TIMESTAMP, START, END }
}
