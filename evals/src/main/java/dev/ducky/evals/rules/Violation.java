package dev.ducky.evals.rules;

import java.util.Objects;

/**
 * A rule broken after one turn.
 *
 * @param rule    which rule
 * @param message the index of the offending message among the turn's messages; -1 for the turn as a whole
 * @param detail  what was seen
 */
public record Violation(Rule rule, int message, String detail) {
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return rule + ": " + detail;
    }
}
