package dev.ducky.query.promql.ast;

import java.util.Objects;

/** {@code lhs op [bool] [on/ignoring(…) [group_left/right(…)]] rhs}. */
public record BinaryExpr(BinaryOp op, Expr lhs, Expr rhs, VectorMatching matching, boolean returnBool)
        implements Expr {
    public BinaryExpr {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(lhs, "lhs");
        Objects.requireNonNull(rhs, "rhs");
        Objects.requireNonNull(matching, "matching");
    }

    @Override
    public int start() {
        return lhs.start();
    }

    @Override
    public int end() {
        return rhs.end();
    }

    @Override
    public ValueType type() {
        return lhs.type() == ValueType.SCALAR && rhs.type() == ValueType.SCALAR ? ValueType.SCALAR : ValueType.VECTOR;
    }
}
