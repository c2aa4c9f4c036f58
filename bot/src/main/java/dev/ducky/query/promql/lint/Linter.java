package dev.ducky.query.promql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.promql.ast.Expr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Runs every lint rule on a valid query, in a fixed order; identical lints are reported once. */
public final class Linter {
    private static final List<LintRule> RULES = List.of(new HistogramQuantileNeedsLe(), new RateNeedsCounter(),
            new RateRangeTooShort(), new RegexCouldBeEquality(), new UnfilteredHighCardinality(),
            new AggregationDropsAskedLabel());

    private Linter() {
    }

    public static List<Lint> lint(Expr root, LintContext context) {
        List<Lint> out = new ArrayList<>();
        for (LintRule rule : RULES) {
            rule.check(root, context, out);
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }
}
