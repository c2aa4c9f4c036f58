package dev.ducky.query.promql.ast;

import java.util.Objects;

/** A string, unquoted. */
public record StringLiteral(String value, int start, int end) implements Expr {
    public StringLiteral {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public ValueType type() {
        return ValueType.STRING;
    }
}
