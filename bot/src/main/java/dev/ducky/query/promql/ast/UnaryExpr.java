package dev.ducky.query.promql.ast;

import java.util.Objects;

/** {@code -expr} or {@code +expr} (on anything but a number literal, which absorbs its sign). */
public record UnaryExpr(boolean negative, Expr expr, int start) implements Expr {
    public UnaryExpr {
        Objects.requireNonNull(expr, "expr");
    }

    @Override
    public int end() {
        return expr.end();
    }

    @Override
    public ValueType type() {
        return expr.type();
    }
}
