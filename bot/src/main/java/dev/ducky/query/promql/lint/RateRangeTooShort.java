package dev.ducky.query.promql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.promql.ast.Call;
import dev.ducky.query.promql.ast.Durations;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.MatrixSelector;
import dev.ducky.query.promql.ast.SubqueryExpr;
import java.util.List;

/**
 * A rate needs two samples in its range; with fewer than four scrape intervals, one missed scrape leaves
 * too few and the graph gets gaps. Prometheus's own advice is a range of at least four scrape intervals.
 */
final class RateRangeTooShort implements LintRule {
    @Override
    public void check(Expr root, LintContext context, List<Lint> out) {
        long minimum = 4 * context.scrapeInterval();
        for (Call call : Shapes.calls(root, Shapes.COUNTER_FUNCTIONS)) {
            if (call.args().isEmpty()) {
                continue;
            }
            Expr arg = Shapes.unwrap(call.args().get(0));
            long range = arg instanceof MatrixSelector m ? m.rangeMillis()
                    : arg instanceof SubqueryExpr s ? s.rangeMillis() : Long.MAX_VALUE;
            if (range < minimum) {
                out.add(new Lint("rate-range-too-short", "`" + call.name() + "` over " + Durations.format(range)
                        + " sees fewer than 4 scrapes at a " + Durations.format(context.scrapeInterval())
                        + " interval, so one missed scrape leaves it without the two samples it needs and the graph "
                        + "gets gaps: use a range of at least " + Durations.format(minimum) + "."));
            }
        }
    }
}
