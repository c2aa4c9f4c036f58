package dev.ducky.evals.run;

import dev.ducky.evals.rules.Violation;
import dev.ducky.evals.score.CheckResult;
import dev.ducky.evals.score.Outcome;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A whole run.
 *
 * @param target    what was replayed into (e.g. "in-process", or a URL)
 * @param scenarios each scenario's result, in order
 * @param took      the run's wall-clock time
 */
public record SuiteResult(String target, List<ScenarioResult> scenarios, Duration took) {
    public SuiteResult {
        Objects.requireNonNull(target, "target");
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(took, "took");
    }

    public long count(ScenarioResult.Status status) {
        return scenarios.stream().filter(s -> s.status() == status).count();
    }

    /** Scenarios actually replayed. */
    public long ran() {
        return scenarios.size() - count(ScenarioResult.Status.SKIPPED);
    }

    /** Passed scenarios over replayed ones; 1 when none ran. */
    public double passRate() {
        return ran() == 0 ? 1 : (double) count(ScenarioResult.Status.PASSED) / ran();
    }

    public List<Violation> violations() {
        return scenarios.stream().flatMap(s -> s.violations().stream()).toList();
    }

    public long expectations(Outcome outcome) {
        return scenarios.stream().flatMap(s -> s.checks().stream()).map(CheckResult::outcome)
                .filter(outcome::equals).count();
    }

    /** Whether the run fails: a rule was broken, or a replay could not be completed. */
    public boolean failed() {
        return count(ScenarioResult.Status.VIOLATED) > 0 || count(ScenarioResult.Status.ERROR) > 0;
    }

    /** Every replayed turn's latency in milliseconds, sorted. */
    public double[] latenciesMillis() {
        double[] millis = scenarios.stream().flatMap(s -> s.turns().stream())
                .mapToDouble(t -> t.latency().toNanos() / 1e6).toArray();
        Arrays.sort(millis);
        return millis;
    }

    /** The p-th percentile of turn latency, in milliseconds (0 when nothing ran). */
    public double latencyPercentile(int p) {
        double[] sorted = latenciesMillis();
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
