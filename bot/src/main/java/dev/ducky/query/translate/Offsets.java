package dev.ducky.query.translate;

import dev.ducky.query.promql.PromqlParser;
import dev.ducky.query.promql.ast.BinaryExpr;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.MatrixSelector;
import dev.ducky.query.promql.ast.Nodes;
import dev.ducky.query.promql.ast.NumberLiteral;
import dev.ducky.query.promql.ast.ParenExpr;
import dev.ducky.query.promql.ast.SubqueryExpr;
import dev.ducky.query.promql.ast.VectorSelector;
import dev.ducky.query.words.PromDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rewrites of a valid PromQL query by the positions of its parts: shifting it in time, dropping a threshold. */
public final class Offsets {
    private Offsets() {
    }

    /** The query with every selector looking {@code by} into the past; empty when it does not parse. */
    public static Optional<String> shift(String query, Duration by) {
        PromqlParser.Parsed parsed = PromqlParser.parse(query);
        if (parsed.expr() == null) {
            return Optional.empty();
        }
        List<Integer> points = new ArrayList<>();
        collect(parsed.expr(), points);
        StringBuilder out = new StringBuilder(query);
        String modifier = " offset " + PromDuration.format(by);
        points.stream().sorted(java.util.Comparator.reverseOrder()).forEach(p -> out.insert(p, modifier));
        return Optional.of(out.toString());
    }

    private static void collect(Expr e, List<Integer> points) {
        if (e instanceof MatrixSelector m) {
            if (m.selector() instanceof VectorSelector v && v.offsetMillis() == 0 && v.at() == null) {
                points.add(m.end());
            }
            return;
        }
        if (e instanceof SubqueryExpr s) {
            if (s.offsetMillis() == 0 && s.at() == null) {
                points.add(s.end());
            }
            return;
        }
        if (e instanceof VectorSelector v) {
            if (v.offsetMillis() == 0 && v.at() == null) {
                points.add(v.end());
            }
            return;
        }
        Nodes.children(e).forEach(child -> collect(child, points));
    }

    /**
     * The query without its final comparison against a number ({@code … > 0.05} becomes {@code …}), so an alert's
     * expression shows values rather than only the series past the threshold; unchanged otherwise.
     */
    public static String withoutThreshold(String query) {
        PromqlParser.Parsed parsed = PromqlParser.parse(query);
        if (parsed.expr() == null) {
            return query;
        }
        Expr root = parsed.expr();
        while (root instanceof ParenExpr p) {
            root = p.expr();
        }
        if (root instanceof BinaryExpr b && b.op().isComparison() && !b.returnBool() && b.rhs() instanceof NumberLiteral) {
            return query.substring(b.lhs().start(), b.lhs().end()).strip();
        }
        return query;
    }
}
