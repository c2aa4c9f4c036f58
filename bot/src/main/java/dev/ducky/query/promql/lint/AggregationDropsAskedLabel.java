package dev.ducky.query.promql.lint;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.promql.ast.AggregateExpr;
import dev.ducky.query.promql.ast.BinaryExpr;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Nodes;
import dev.ducky.query.promql.ast.ValueType;
import dev.ducky.query.promql.ast.VectorMatching;
import java.util.List;
import java.util.Optional;

/**
 * The question is about a label (errors "per route") but the query aggregates it away, or a one-to-one
 * {@code on(…)}/{@code ignoring(…)} match drops it, so the answer cannot be split by it.
 */
final class AggregationDropsAskedLabel implements LintRule {
    @Override
    public void check(Expr root, LintContext context, List<Lint> out) {
        for (String label : context.labelsOfInterest().stream().sorted().toList()) {
            firstDropping(root, label).ifPresent(e -> out.add(new Lint("aggregation-drops-asked-label",
                    "The question is about `" + label + "`, but `" + Shapes.shallow(e) + "` drops that label, so the "
                            + "answer cannot be split by it: " + fix(e, label) + ".")));
        }
    }

    /** The innermost part that removes the label, if any. */
    private static Optional<Expr> firstDropping(Expr e, String label) {
        for (Expr child : Nodes.children(e)) {
            Optional<Expr> inner = firstDropping(child, label);
            if (inner.isPresent()) {
                return inner;
            }
        }
        if (e instanceof AggregateExpr a && !Shapes.keeps(a, label)) {
            return Optional.of(e);
        }
        if (e instanceof BinaryExpr b && dropsInMatching(b, label)) {
            return Optional.of(e);
        }
        return Optional.empty();
    }

    // One-to-one matching keeps only the on(…) labels, or all but the ignoring(…) ones.
    private static boolean dropsInMatching(BinaryExpr b, String label) {
        VectorMatching m = b.matching();
        boolean vectors = b.lhs().type() == ValueType.VECTOR && b.rhs().type() == ValueType.VECTOR;
        if (!vectors || b.op().isSetOperator() || m.card() != VectorMatching.Cardinality.ONE_TO_ONE) {
            return false;
        }
        return m.on() ? !m.labels().contains(label) : m.labels().contains(label);
    }

    private static String fix(Expr e, String label) {
        if (e instanceof AggregateExpr a) {
            return "keep it with `" + Shapes.keeping(a, label) + "`";
        }
        BinaryExpr b = (BinaryExpr) e;
        return b.matching().on() ? "add it to `on (…)`" : "take it out of `ignoring (…)`";
    }
}
