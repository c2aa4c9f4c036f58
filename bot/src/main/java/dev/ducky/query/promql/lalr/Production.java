package dev.ducky.query.promql.lalr;

import java.util.Objects;

/**
 * One grammar rule {@code lhs: rhs...}, with the precedence yacc gives it (that of its last terminal that
 * has one, or of its {@code %prec} token) and its action (null: the value of the first symbol).
 */
record Production<C>(int index, int lhs, int[] rhs, int precedence, Assoc assoc, Action<C> action, String text) {
    Production {
        Objects.requireNonNull(rhs, "rhs");
        Objects.requireNonNull(assoc, "assoc");
    }

    enum Assoc { NONE, LEFT, RIGHT, NONASSOC }
}
