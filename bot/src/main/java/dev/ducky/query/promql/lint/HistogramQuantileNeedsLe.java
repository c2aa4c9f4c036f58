package dev.ducky.query.promql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.promql.ast.AggregateExpr;
import dev.ducky.query.promql.ast.Call;
import dev.ducky.query.promql.ast.Expr;
import java.util.List;
import java.util.Set;

/** {@code histogram_quantile} over an aggregation that drops {@code le}: there are no buckets left. */
final class HistogramQuantileNeedsLe implements LintRule {
    @Override
    public void check(Expr root, LintContext context, List<Lint> out) {
        for (Call call : Shapes.calls(root, Set.of("histogram_quantile"))) {
            if (call.args().size() == 2 && Shapes.unwrap(call.args().get(1)) instanceof AggregateExpr a
                    && !Shapes.keeps(a, "le")) {
                out.add(new Lint("histogram-quantile-drops-le", "`histogram_quantile` reads the bucket boundaries "
                        + "in the `le` label, but `" + Shapes.shallow(a) + "` drops it, so no buckets are left "
                        + "to interpolate: keep it with `" + Shapes.keeping(a, "le") + "`."));
            }
        }
    }
}
