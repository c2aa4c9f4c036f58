package dev.ducky.query.logql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.logql.ast.LabelPredicate;
import dev.ducky.query.logql.ast.LogRange;
import dev.ducky.query.logql.ast.LogqlExpr;
import dev.ducky.query.logql.ast.LogqlTree;
import java.util.List;

/**
 * {@code | unwrap latency} with no {@code | __error__=""} after it: one line whose value is not a number
 * makes Loki fail the whole query with a pipeline error instead of skipping that line.
 */
final class UnwrapErrorFilterRule implements LintRule {
    @Override
    public String id() {
        return "unwrap-without-error-filter";
    }

    @Override
    public List<Lint> check(LogqlExpr expr) {
        for (LogRange range : LogqlTree.logRanges(expr)) {
            if (range.unwrap() != null && range.unwrap().filters().stream().noneMatch(UnwrapErrorFilterRule::mentionsError)) {
                return List.of(new Lint(id(), "after `| unwrap " + range.unwrap().label() + "` add `| __error__=\"\"`: "
                        + "a single line whose value cannot be read as a number otherwise fails the whole query"));
            }
        }
        return List.of();
    }

    private static boolean mentionsError(LabelPredicate predicate) {
        if (predicate instanceof LabelPredicate.Logical logical) {
            return mentionsError(logical.left()) || mentionsError(logical.right());
        }
        return ((LabelPredicate.Comparison) predicate).label().equals("__error__");
    }
}
