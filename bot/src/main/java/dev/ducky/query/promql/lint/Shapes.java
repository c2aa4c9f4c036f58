package dev.ducky.query.promql.lint;

import dev.ducky.query.promql.ast.AggregateExpr;
import dev.ducky.query.promql.ast.Call;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.MatrixSelector;
import dev.ducky.query.promql.ast.Nodes;
import dev.ducky.query.promql.ast.ParenExpr;
import dev.ducky.query.promql.ast.VectorSelector;
import dev.ducky.query.promql.explain.PromqlPrinter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Recognising the shapes of query the lints look for. */
final class Shapes {
    static final Set<String> COUNTER_FUNCTIONS = Set.of("rate", "irate", "increase");

    private Shapes() {
    }

    static Expr unwrap(Expr e) {
        Expr bare = e;
        while (bare instanceof ParenExpr p) {
            bare = p.expr();
        }
        return bare;
    }

    static List<Call> calls(Expr root, Set<String> names) {
        return Nodes.preorder(root).stream().filter(Call.class::isInstance).map(Call.class::cast)
                .filter(c -> names.contains(c.name())).toList();
    }

    /** The vector selector under a range selector argument, e.g. {@code x} in {@code rate(x[5m])}. */
    static Optional<VectorSelector> rangeSelector(Expr arg) {
        if (unwrap(arg) instanceof MatrixSelector m && m.selector() instanceof VectorSelector v) {
            return Optional.of(v);
        }
        return Optional.empty();
    }

    /** Whether an aggregation's result still has {@code label}; topk and bottomk keep every label. */
    static boolean keeps(AggregateExpr a, String label) {
        if (a.op().keepsSeriesLabels()) {
            return true;
        }
        return a.without() != a.grouping().contains(label);
    }

    /** The aggregation written with {@code label} kept, e.g. {@code sum by (le, route) (…)}. */
    static String keeping(AggregateExpr a, String label) {
        List<String> grouping = a.without()
                ? a.grouping().stream().filter(l -> !l.equals(label)).toList()
                : Stream.concat(a.grouping().stream(), Stream.of(label)).toList();
        return PromqlPrinter.printShallow(new AggregateExpr(a.op(), a.expr(), a.param(), grouping, a.without(),
                a.start(), a.end()), child -> child == a.param() ? PromqlPrinter.print(child) : "…");
    }

    static String shallow(Expr e) {
        return PromqlPrinter.printShallow(e, child -> "…");
    }
}
