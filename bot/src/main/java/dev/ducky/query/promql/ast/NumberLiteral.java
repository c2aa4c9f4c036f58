package dev.ducky.query.promql.ast;

/** A number such as {@code 0.99}, {@code 1e3}, {@code 0x1F}, {@code Inf}. */
public record NumberLiteral(double value, int start, int end) implements Expr {
    @Override
    public ValueType type() {
        return ValueType.SCALAR;
    }
}
