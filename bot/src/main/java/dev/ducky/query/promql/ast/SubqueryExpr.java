package dev.ducky.query.promql.ast;

import java.util.Objects;

/** A subquery, {@code expr[range:step]} (step 0: the default evaluation interval). */
public record SubqueryExpr(Expr expr, long rangeMillis, long stepMillis, long offsetMillis, AtModifier at,
                           int end) implements Expr {
    public SubqueryExpr {
        Objects.requireNonNull(expr, "expr");
    }

    @Override
    public int start() {
        return expr.start();
    }

    @Override
    public ValueType type() {
        return ValueType.MATRIX;
    }

    public SubqueryExpr withOffset(long millis, int newEnd) {
        return new SubqueryExpr(expr, rangeMillis, stepMillis, millis, at, newEnd);
    }

    public SubqueryExpr withAt(AtModifier modifier, int newEnd) {
        return new SubqueryExpr(expr, rangeMillis, stepMillis, offsetMillis, modifier, newEnd);
    }
}
