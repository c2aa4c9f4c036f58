package dev.ducky.query.logql.semantics;

import java.util.Objects;

/**
 * Something Loki refuses although the syntax is fine, e.g. a selector that matches every stream.
 *
 * @param message what is wrong and how to fix it, in a sentence a responder can learn from
 * @param offset  0-based offset of the part of the query at fault
 */
public record SemanticProblem(String message, int offset) {
    public SemanticProblem {
        Objects.requireNonNull(message, "message");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
    }
}
