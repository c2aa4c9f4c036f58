package dev.ducky.query.logql.syntax;

import dev.ducky.query.logql.ast.BinaryModifier;
import dev.ducky.query.logql.ast.BinaryOp;
import dev.ducky.query.logql.ast.LogqlExpr;

/**
 * Expressions: binary operations by precedence climbing, aggregations, literals, {@code vector(…)},
 * {@code label_replace(…)}, parentheses, and log queries (read by {@link PipelineParser}).
 */
final class ExpressionParser {
    private final TokenCursor in;
    private final PipelineParser pipeline;
    private final LogRangeParser ranges;
    private final FunctionCalls functions;
    private final GroupingParser groupings;

    ExpressionParser(TokenCursor in) {
        this.in = in;
        this.pipeline = new PipelineParser(in);
        this.ranges = new LogRangeParser(in, pipeline);
        this.groupings = new GroupingParser(in);
        this.functions = new FunctionCalls(in, this, ranges, groupings);
    }

    LogqlExpr query() {
        if (in.at(TokenKind.END)) {
            throw new LogqlSyntaxException("the query is empty", 0);
        }
        LogqlExpr expr = expression(1);
        if (in.at(TokenKind.PIPE) && in.peek(1).isWord("unwrap")) {
            throw in.error("| unwrap only works inside a range aggregation, e.g. sum_over_time({…} | logfmt "
                    + "| unwrap bytes [5m])");
        }
        if (!in.at(TokenKind.END)) {
            throw in.error("unexpected " + in.peek().shown() + " after a complete expression");
        }
        return expr;
    }

    LogqlExpr expression(int minPrecedence) {
        in.enter();
        LogqlExpr left = primary();
        for (BinaryOp op = binaryOp(in.peek()); op != null && op.precedence() >= minPrecedence; op = binaryOp(in.peek())) {
            Token operator = in.next();
            BinaryModifier modifier = groupings.modifier();
            LogqlExpr right = expression(op.isRightAssociative() ? op.precedence() : op.precedence() + 1);
            left = new LogqlExpr.BinaryOperation(op, left, right, modifier, operator.start());
        }
        in.leave();
        return left;
    }

    /** An expression that must be a metric (a number per series), not a log query. */
    LogqlExpr metric(String context) {
        LogqlExpr expr = expression(1);
        if (expr instanceof LogqlExpr.LogQuery query) {
            throw new LogqlSyntaxException(context + " needs a metric expression, not a log query: wrap the log "
                    + "query in a range aggregation such as count_over_time(" + query.selector().shown() + "[5m])",
                    query.position());
        }
        return expr;
    }

    private LogqlExpr primary() {
        Token token = in.peek();
        switch (token.kind()) {
            case LEFT_PAREN -> {
                in.next();
                LogqlExpr inner = expression(1);
                in.expect(TokenKind.RIGHT_PAREN, "to close the parenthesis opened at column " + (token.start() + 1));
                return inner;
            }
            case LEFT_BRACE -> {
                return pipeline.logQuery();
            }
            case NUMBER -> {
                return new LogqlExpr.NumberLiteral(in.next().text(), token.start());
            }
            case ADD, SUB -> {
                in.next();
                Token number = in.expect(TokenKind.NUMBER, "after the sign " + token.shown());
                return new LogqlExpr.NumberLiteral(token.text() + number.text(), token.start());
            }
            case IDENTIFIER -> {
                return functions.call();
            }
            default -> throw in.error("expected a stream selector such as {app=\"checkout\"}, a function such as "
                    + "rate(…), or a number, found " + token.shown());
        }
    }

    private static BinaryOp binaryOp(Token token) {
        return switch (token.kind()) {
            case ADD -> BinaryOp.ADD;
            case SUB -> BinaryOp.SUB;
            case MUL -> BinaryOp.MUL;
            case DIV -> BinaryOp.DIV;
            case MOD -> BinaryOp.MOD;
            case POW -> BinaryOp.POW;
            case EQL -> BinaryOp.EQL;
            case NEQ -> BinaryOp.NEQ;
            case GTR -> BinaryOp.GTR;
            case GTE -> BinaryOp.GTE;
            case LSS -> BinaryOp.LSS;
            case LTE -> BinaryOp.LTE;
            case IDENTIFIER -> switch (token.lowerText()) {
                case "or" -> BinaryOp.OR;
                case "and" -> BinaryOp.AND;
                case "unless" -> BinaryOp.UNLESS;
                default -> null;
            };
            default -> null;
        };
    }
}
