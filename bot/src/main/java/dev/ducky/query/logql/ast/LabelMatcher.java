package dev.ducky.query.logql.ast;

import java.util.Objects;

/** {@code name op "value"}, in a stream selector or a pipeline stage. */
public record LabelMatcher(String name, MatchOp op, Literal value, int position) {
    public LabelMatcher {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
    }

    /** The matcher as a responder would write it, e.g. {@code app="checkout"}. */
    public String shown() {
        return name + op.symbol() + value.raw();
    }
}
