package dev.ducky.evals.score;

import java.util.Objects;

/**
 * One expectation, scored.
 *
 * @param expectation what was expected, as a human reads it ({@code move is ASK_WHAT_STUCK_ON})
 * @param outcome     how it came out
 * @param detail      what was seen instead, when it failed; empty otherwise
 */
public record CheckResult(String expectation, Outcome outcome, String detail) {
    public CheckResult {
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
    }

    public static CheckResult pass(String expectation) {
        return new CheckResult(expectation, Outcome.PASS, "");
    }

    public static CheckResult fail(String expectation, String detail) {
        return new CheckResult(expectation, Outcome.FAIL, detail);
    }

    public static CheckResult of(String expectation, boolean passed, String detailIfFailed) {
        return passed ? pass(expectation) : fail(expectation, detailIfFailed);
    }

    public boolean passed() {
        return outcome == Outcome.PASS;
    }

    public boolean failed() {
        return outcome == Outcome.FAIL;
    }
}
