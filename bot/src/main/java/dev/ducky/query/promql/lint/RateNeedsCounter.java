package dev.ducky.query.promql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.analysis.MetricTypes;
import dev.ducky.query.promql.ast.Call;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.VectorSelector;
import java.util.List;
import java.util.Optional;

/**
 * {@code rate}, {@code irate} and {@code increase} assume a counter (a value that only goes up, except on
 * restarts); on a gauge they turn every dip into a "reset" and report nonsense. The catalog decides when
 * it knows the metric, else the naming convention (counters end in {@code _total}; histogram and summary
 * series {@code _bucket}, {@code _count} and {@code _sum} are counters too).
 */
final class RateNeedsCounter implements LintRule {
    private static final List<String> COUNTER_SUFFIXES = List.of("_total", "_count", "_sum", "_bucket");

    @Override
    public void check(Expr root, LintContext context, List<Lint> out) {
        for (Call call : Shapes.calls(root, Shapes.COUNTER_FUNCTIONS)) {
            Optional<VectorSelector> selector = call.args().isEmpty() ? Optional.empty()
                    : Shapes.rangeSelector(call.args().get(0));
            String metric = selector.map(VectorSelector::metric).orElse("");
            if (metric.isEmpty()) {
                continue;
            }
            String fn = "`" + call.name() + "`";
            Optional<String> type = typeOf(metric, context.types());
            String alternative = "use `deriv(" + metric + "[…])` for its per-second change or `delta(" + metric
                    + "[…])` for its change over the range";
            if (type.isPresent() && type.get().equals("gauge")) {
                out.add(new Lint("rate-of-non-counter", fn + " is for counters, which only go up, but the catalog "
                        + "says `" + metric + "` is a gauge: " + alternative + "."));
            } else if (type.isEmpty() && COUNTER_SUFFIXES.stream().noneMatch(metric::endsWith)) {
                out.add(new Lint("rate-of-non-counter", fn + " is for counters, which only go up, and `" + metric
                        + "` does not look like one (counter names end in `_total`): if it is a gauge, "
                        + alternative + "."));
            }
        }
    }

    /** The metric's type, or that of its histogram or summary family for a _bucket/_count/_sum series. */
    private static Optional<String> typeOf(String metric, MetricTypes types) {
        Optional<String> own = types.typeOf(metric).filter(t -> !t.equals("unknown") && !t.equals("untyped"));
        if (own.isPresent()) {
            return own;
        }
        for (String suffix : List.of("_bucket", "_count", "_sum")) {
            if (metric.endsWith(suffix)) {
                Optional<String> family = types.typeOf(metric.substring(0, metric.length() - suffix.length()));
                if (family.isPresent() && (family.get().equals("histogram") || family.get().equals("summary"))) {
                    return Optional.of("counter");
                }
            }
        }
        return Optional.empty();
    }
}
