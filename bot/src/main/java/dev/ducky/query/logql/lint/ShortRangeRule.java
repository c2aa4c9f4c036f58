package dev.ducky.query.logql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.logql.ast.LogRange;
import dev.ducky.query.logql.ast.LogqlExpr;
import dev.ducky.query.logql.ast.LogqlTree;
import dev.ducky.query.logql.semantics.LokiDurations;
import java.util.List;

/**
 * A range under a minute ({@code rate({…}[10s])}): log lines arrive in bursts, so short windows give spiky,
 * mostly-zero series, and Grafana's step may skip lines between windows.
 */
final class ShortRangeRule implements LintRule {
    private static final double MINIMUM_SECONDS = 60;

    @Override
    public String id() {
        return "range-too-short";
    }

    @Override
    public List<Lint> check(LogqlExpr expr) {
        for (LogRange range : LogqlTree.logRanges(expr)) {
            double seconds = LokiDurations.seconds(range.range());
            if (seconds > 0 && seconds < MINIMUM_SECONDS) {
                return List.of(new Lint(id(), "the range [" + range.range() + "] is very short: log lines arrive in "
                        + "bursts, so the result jumps between zero and spikes, and lines between steps may be missed; "
                        + "use at least [1m] (or Grafana's $__auto)"));
            }
        }
        return List.of();
    }
}
