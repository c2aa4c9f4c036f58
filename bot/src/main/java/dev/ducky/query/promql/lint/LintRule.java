package dev.ducky.query.promql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.promql.ast.Expr;
import java.util.List;

/** One thing worth teaching about a valid query; adds its lints (if any) to {@code out}. */
interface LintRule {
    void check(Expr root, LintContext context, List<Lint> out);
}
