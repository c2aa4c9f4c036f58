package dev.ducky.query.promql.ast;

import java.util.Objects;

/** A range vector selector, {@code selector[range]}; the selector is a vector selector in any valid query. */
public record MatrixSelector(Expr selector, long rangeMillis, int end) implements Expr {
    public MatrixSelector {
        Objects.requireNonNull(selector, "selector");
    }

    @Override
    public int start() {
        return selector.start();
    }

    @Override
    public ValueType type() {
        return ValueType.MATRIX;
    }

    public MatrixSelector withSelector(Expr newSelector, int newEnd) {
        return new MatrixSelector(newSelector, rangeMillis, newEnd);
    }
}
