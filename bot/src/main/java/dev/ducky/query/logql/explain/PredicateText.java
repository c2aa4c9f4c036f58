package dev.ducky.query.logql.explain;

import dev.ducky.query.logql.ast.LabelPredicate;

/** A label filter written back as LogQL, with parentheses only where {@code or} sits inside {@code and}. */
final class PredicateText {
    private PredicateText() {
    }

    static String of(LabelPredicate predicate) {
        if (predicate instanceof LabelPredicate.Logical logical) {
            String op = logical.and() ? " and " : " or ";
            return side(logical.left(), logical.and()) + op + side(logical.right(), logical.and());
        }
        LabelPredicate.Comparison comparison = (LabelPredicate.Comparison) predicate;
        String value = comparison.kind() == LabelPredicate.ValueKind.IP
                ? "ip(" + comparison.value().raw() + ")" : comparison.value().raw();
        return comparison.label() + " " + comparison.operator() + " " + value;
    }

    private static String side(LabelPredicate side, boolean insideAnd) {
        boolean needsParens = insideAnd && side instanceof LabelPredicate.Logical logical && !logical.and();
        return needsParens ? "(" + of(side) + ")" : of(side);
    }
}
