package dev.ducky.evals.run;

import dev.ducky.evals.rules.Violation;
import dev.ducky.evals.scenario.Scenario;
import dev.ducky.evals.score.CheckResult;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One scenario, replayed and scored.
 *
 * @param scenario what was replayed
 * @param status   how it came out
 * @param reason   why it was skipped, or the error that stopped it; empty otherwise
 * @param turns    the turns replayed
 * @param took     how long it took
 */
public record ScenarioResult(Scenario scenario, Status status, String reason, List<TurnResult> turns, Duration took) {
    /** How a scenario came out, worst last. */
    public enum Status {
        PASSED, SKIPPED,
        /** No rule broken, but some expectation failed. */
        FAILED,
        /** A rule was broken: the run fails. */
        VIOLATED,
        /** The replay could not be completed: the run fails. */
        ERROR
    }

    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        turns = List.copyOf(turns);
        Objects.requireNonNull(took, "took");
    }

    public static ScenarioResult skipped(Scenario scenario, String reason) {
        return new ScenarioResult(scenario, Status.SKIPPED, reason, List.of(), Duration.ZERO);
    }

    /** The status the turns earn. */
    static Status statusOf(List<TurnResult> turns) {
        if (turns.stream().anyMatch(t -> !t.violations().isEmpty())) {
            return Status.VIOLATED;
        }
        return turns.stream().flatMap(t -> t.checks().stream()).anyMatch(CheckResult::failed)
                ? Status.FAILED : Status.PASSED;
    }

    public List<Violation> violations() {
        return turns.stream().flatMap(t -> t.violations().stream()).toList();
    }

    /** Violations the scenario lists as known: reported, not failing the run. */
    public List<Violation> knownViolations() {
        return turns.stream().flatMap(t -> t.known().stream()).toList();
    }

    public List<CheckResult> checks() {
        return turns.stream().flatMap(t -> t.checks().stream()).toList();
    }
}
