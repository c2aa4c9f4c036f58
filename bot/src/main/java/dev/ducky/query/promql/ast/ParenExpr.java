package dev.ducky.query.promql.ast;

import java.util.Objects;

/** {@code (expr)}. */
public record ParenExpr(Expr expr, int start, int end) implements Expr {
    public ParenExpr {
        Objects.requireNonNull(expr, "expr");
    }

    @Override
    public ValueType type() {
        return expr.type();
    }
}
