package dev.ducky.query.promql.explain;

import static dev.ducky.query.promql.explain.Phrases.labels;
import static dev.ducky.query.promql.explain.Phrases.subject;

import dev.ducky.query.promql.ast.BinaryExpr;
import dev.ducky.query.promql.ast.BinaryOp;
import dev.ducky.query.promql.ast.ValueType;
import dev.ducky.query.promql.ast.VectorMatching;

/** Binary operations: arithmetic, filters and set operations, and how series are paired. */
final class OperatorPhrases {
    private OperatorPhrases() {
    }

    static String describe(BinaryExpr b) {
        String l = subject(b.lhs());
        String r = subject(b.rhs());
        String text = switch (b.op()) {
            case ADD -> l + " plus " + r;
            case SUB -> l + " minus " + r;
            case MUL -> l + " times " + r;
            case DIV -> l + " divided by " + r;
            case MOD -> l + " modulo " + r;
            case POW -> l + " to the power of " + r;
            case ATAN2 -> "the arctangent of " + l + " over " + r;
            case AND -> "the series of " + l + " that have a match in " + r;
            case OR -> "the series of " + l + ", plus those of " + r + " that have no match in it";
            case UNLESS -> "the series of " + l + " that have no match in " + r;
            default -> comparison(b, l, r);
        };
        return text + matching(b);
    }

    private static String comparison(BinaryExpr b, String l, String r) {
        if (b.returnBool()) {
            return "1 where " + l + " is " + relation(b.op(), false) + " " + r + ", else 0";
        }
        boolean filtersLeft = b.lhs().type() == ValueType.VECTOR;
        return "only the series of " + (filtersLeft ? l : r) + " whose value is " + relation(b.op(), !filtersLeft)
                + " " + (filtersLeft ? r : l);
    }

    /** The comparison in words; mirrored when the right operand is the one being filtered. */
    private static String relation(BinaryOp op, boolean mirrored) {
        return switch (op) {
            case EQLC -> "equal to";
            case NEQ -> "not equal to";
            case GTR -> mirrored ? "less than" : "greater than";
            case LSS -> mirrored ? "greater than" : "less than";
            case GTE -> mirrored ? "at most" : "at least";
            default -> mirrored ? "at least" : "at most";
        };
    }

    private static String matching(BinaryExpr b) {
        if (b.lhs().type() != ValueType.VECTOR || b.rhs().type() != ValueType.VECTOR) {
            return "";
        }
        VectorMatching m = b.matching();
        String pairs = m.on() ? ", pairing series by " + (m.labels().isEmpty() ? "nothing (one series each side)"
                : labels(m.labels()) + " only")
                : m.labels().isEmpty() ? ", pairing series with identical labels"
                : ", pairing series by all labels except " + labels(m.labels());
        return pairs + switch (m.card()) {
            case MANY_TO_ONE -> "; many on the left to one on the right" + copied(m);
            case ONE_TO_MANY -> "; one on the left to many on the right" + copied(m);
            default -> "";
        };
    }

    private static String copied(VectorMatching m) {
        return m.include().isEmpty() ? "" : ", copying " + labels(m.include()) + " from the "
                + (m.card() == VectorMatching.Cardinality.MANY_TO_ONE ? "right" : "left");
    }
}
