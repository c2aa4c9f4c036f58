package dev.ducky.query.analysis;

import java.util.Objects;

/**
 * Advice on a valid query that teaches something about the language, e.g. a rate over a too short range.
 *
 * @param rule    a stable kebab-case id of the rule, e.g. {@code rate-range-too-short}
 * @param message one sentence a responder can learn from
 */
public record Lint(String rule, String message) {
    public Lint {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
