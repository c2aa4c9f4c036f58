package dev.ducky.query.promql.lalr;

/** What a production computes when the parser reduces by it, from the values of its right-hand side. */
@FunctionalInterface
public interface Action<C> {
    Object reduce(C context, Values values);
}
