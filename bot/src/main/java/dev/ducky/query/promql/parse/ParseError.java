package dev.ducky.query.promql.parse;

import java.util.Objects;

/** The first problem Prometheus would report: its message and 0-based char position in the query. */
public record ParseError(String message, int pos) {
    public ParseError {
        Objects.requireNonNull(message, "message");
        if (pos < 0) {
            throw new IllegalArgumentException("negative position " + pos);
        }
    }
}
