package dev.ducky.query.logql.explain;

import dev.ducky.query.logql.ast.BinaryOp;
import dev.ducky.query.logql.ast.LogqlExpr.BinaryOperation;

/** How a binary operation reads: against a number ("times 100", "only where > 10") or between two sides. */
final class BinaryPhrases {
    private BinaryPhrases() {
    }

    static String withNumber(BinaryOperation operation, String number) {
        BinaryOp op = operation.op();
        if (op.isComparison()) {
            return comparison(operation, "the value " + op.symbol() + " " + number);
        }
        return switch (op) {
            case ADD -> "plus " + number;
            case SUB -> "minus " + number;
            case MUL -> "times " + number;
            case DIV -> "divided by " + number;
            case MOD -> "modulo " + number;
            case POW -> "to the power " + number;
            default -> op.symbol() + " " + number;
        };
    }

    static String numberWith(BinaryOperation operation, String number) {
        BinaryOp op = operation.op();
        if (op.isComparison()) {
            return comparison(operation, number + " " + op.symbol() + " the value");
        }
        return number + " " + op.symbol() + " the value";
    }

    static String between(BinaryOperation operation) {
        BinaryOp op = operation.op();
        if (op.isComparison()) {
            return comparison(operation, "the first " + op.symbol() + " the second");
        }
        return switch (op) {
            case ADD -> "the two added together";
            case SUB -> "the first minus the second";
            case MUL -> "the two multiplied";
            case DIV -> "the first divided by the second";
            case MOD -> "the first modulo the second";
            case POW -> "the first to the power of the second";
            case AND -> "the first, only where the second has a matching series";
            case OR -> "the first, plus the second's series the first lacks";
            case UNLESS -> "the first, except where the second has a matching series";
            default -> op.symbol();
        };
    }

    private static String comparison(BinaryOperation operation, String condition) {
        return operation.modifier().returnBool() ? "1 where " + condition + ", else 0" : "only series where " + condition;
    }
}
