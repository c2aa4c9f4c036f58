package dev.ducky.query.promql.ast;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Walking an expression: children in the order they are written, and what a query reads and calls. */
public final class Nodes {
    private Nodes() {
    }

    public static List<Expr> children(Expr e) {
        if (e instanceof AggregateExpr a) {
            return a.param() == null ? List.of(a.expr()) : List.of(a.param(), a.expr());
        }
        if (e instanceof BinaryExpr b) {
            return List.of(b.lhs(), b.rhs());
        }
        if (e instanceof Call c) {
            return c.args();
        }
        if (e instanceof MatrixSelector m) {
            return List.of(m.selector());
        }
        if (e instanceof SubqueryExpr s) {
            return List.of(s.expr());
        }
        if (e instanceof ParenExpr p) {
            return List.of(p.expr());
        }
        if (e instanceof UnaryExpr u) {
            return List.of(u.expr());
        }
        return List.of();
    }

    /** Every node, each before its children, in the order they are written. */
    public static List<Expr> preorder(Expr root) {
        List<Expr> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        out.add(e);
        for (Expr child : children(e)) {
            collect(child, out);
        }
    }

    /** Metric names read, in order of first appearance. */
    public static List<String> metrics(Expr root) {
        Set<String> names = new LinkedHashSet<>();
        for (Expr e : preorder(root)) {
            if (e instanceof VectorSelector v && !v.metric().isEmpty()) {
                names.add(v.metric());
            }
        }
        return List.copyOf(names);
    }

    /** Functions and aggregation operators used, in order of first use. */
    public static List<String> functions(Expr root) {
        Set<String> names = new LinkedHashSet<>();
        for (Expr e : preorder(root)) {
            if (e instanceof Call c) {
                names.add(c.name());
            } else if (e instanceof AggregateExpr a) {
                names.add(a.op().keyword());
            }
        }
        return List.copyOf(names);
    }
}
