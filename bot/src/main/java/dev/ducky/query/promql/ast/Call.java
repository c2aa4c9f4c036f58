package dev.ducky.query.promql.ast;

import java.util.List;
import java.util.Objects;

/** A function call; {@code function} is null only in a query that is already invalid (unknown name). */
public record Call(String name, Function function, List<Expr> args, int start, int end) implements Expr {
    public Call {
        Objects.requireNonNull(name, "name");
        args = List.copyOf(args);
    }

    @Override
    public ValueType type() {
        return function == null ? ValueType.NONE : function.returnType();
    }
}
