package dev.ducky.query.logql.syntax;

import dev.ducky.query.logql.ast.LabelPredicate;
import dev.ducky.query.logql.ast.LabelPredicate.Comparison;
import dev.ducky.query.logql.ast.LabelPredicate.Logical;
import dev.ducky.query.logql.ast.LabelPredicate.ValueKind;
import dev.ducky.query.logql.ast.Literal;

/**
 * Label filters: {@code level="error" and (status >= 500 or took > 2s), addr = ip("10.0.0.0/8")}.
 * {@code and} (or a comma) binds tighter than {@code or}; once a filter is complete, a following
 * {@code and}, {@code or} or comma always continues it, as in Grafana's grammar.
 */
final class LabelFilterParser {
    private final TokenCursor in;

    LabelFilterParser(TokenCursor in) {
        this.in = in;
    }

    LabelPredicate predicate() {
        LabelPredicate left = conjunction();
        while (in.atWord("or")) {
            in.next();
            left = new Logical(false, left, conjunction());
        }
        return left;
    }

    private LabelPredicate conjunction() {
        LabelPredicate left = primary();
        while (in.atWord("and") || in.at(TokenKind.COMMA)) {
            in.next();
            left = new Logical(true, left, primary());
        }
        return left;
    }

    private LabelPredicate primary() {
        if (in.accept(TokenKind.LEFT_PAREN)) {
            in.enter();
            LabelPredicate inner = predicate();
            in.expect(TokenKind.RIGHT_PAREN, "to close the parenthesised label filter");
            in.leave();
            return inner;
        }
        Token label = in.expectLabelName("for a label filter (such as level=\"error\" or status >= 500)");
        Token op = in.next();
        return switch (op.kind()) {
            case EQ, NEQ -> equality(label, op);
            case RE, NRE -> new Comparison(label.text(), op.text(), ValueKind.STRING,
                    literal(in.expect(TokenKind.STRING, "after " + op.shown() + " (a regular expression)")),
                    label.start());
            case GTR, GTE, LSS, LTE, EQL -> numeric(label, op);
            default -> throw new LogqlSyntaxException("expected a comparison (=, !=, =~, !~, >, >=, <, <=, ==) after "
                    + "the label `" + label.text() + "`, found " + op.shown(), op.start());
        };
    }

    private LabelPredicate equality(Token label, Token op) {
        if (in.at(TokenKind.STRING)) {
            return new Comparison(label.text(), op.text(), ValueKind.STRING, literal(in.next()), label.start());
        }
        if (in.peek().text().equals("ip") && in.peek(1).is(TokenKind.LEFT_PAREN)) {
            in.next();
            in.next();
            Literal address = literal(in.expect(TokenKind.STRING, "in ip(…), e.g. ip(\"10.0.0.0/8\")"));
            in.expect(TokenKind.RIGHT_PAREN, "to close ip(…)");
            return new Comparison(label.text(), op.text(), ValueKind.IP, address, label.start());
        }
        return numeric(label, op);
    }

    private LabelPredicate numeric(Token label, Token op) {
        Token value = in.peek();
        ValueKind kind = switch (value.kind()) {
            case DURATION -> ValueKind.DURATION;
            case BYTES -> ValueKind.BYTES;
            case NUMBER, ADD, SUB -> ValueKind.NUMBER;
            default -> throw in.error("expected a number, a duration (5s) or a byte size (10MB) after "
                    + op.shown() + ", found " + value.shown());
        };
        in.next();
        String text = value.text();
        if (value.is(TokenKind.ADD) || value.is(TokenKind.SUB)) {
            text = text + in.expect(TokenKind.NUMBER, "after the sign").text();
        }
        return new Comparison(label.text(), op.text(), kind, new Literal(text, value.start()), label.start());
    }

    static Literal literal(Token token) {
        return new Literal(token.text(), token.start());
    }
}
