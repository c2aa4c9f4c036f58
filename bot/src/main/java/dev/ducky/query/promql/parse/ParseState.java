package dev.ducky.query.promql.parse;

import dev.ducky.query.analysis.QueryLimits;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.lalr.Grammar;
import dev.ducky.query.promql.lalr.LalrParser;
import dev.ducky.query.promql.lex.Lexer;
import dev.ducky.query.promql.lex.Token;
import dev.ducky.query.promql.lex.TokenType;

/**
 * One parse: feeds tokens to the parser as Prometheus's {@code Lex} does (start symbol first, {@code EOF}
 * then end of input, a lexer error as end of input) and keeps what the actions consult: the last token
 * read, where the last closing item ended, and the first error.
 */
final class ParseState implements LalrParser.Context {
    private final Lexer lexer;
    private final TreeDepths depths = new TreeDepths();
    private boolean started;
    private boolean ended;
    private Token lval;
    private int lastClosing;
    private ParseError error;

    ParseState(String input) {
        this.lexer = new Lexer(input);
    }

    static int terminal(TokenType type) {
        return type.ordinal() + 2; // after $end and error
    }

    @Override
    public int nextTerminal() {
        if (!started) {
            started = true;
            return terminal(TokenType.START_EXPRESSION);
        }
        if (ended) {
            return Grammar.END;
        }
        lval = lexer.next();
        switch (lval.type()) {
            case ERROR -> {
                addError(lval.pos(), lval.text());
                return Grammar.END;
            }
            case EOF -> ended = true;
            case RIGHT_BRACE, RIGHT_PAREN, RIGHT_BRACKET, DURATION, NUMBER -> lastClosing = lval.end();
            default -> {
            }
        }
        return terminal(lval.type());
    }

    @Override
    public Object value() {
        return lval;
    }

    @Override
    public boolean stopped() {
        return error != null;
    }

    @Override
    public void built(Object value) {
        if (value instanceof Expr node && !depths.fits(node)) {
            addError(TreeDepths.position(node, input()), QueryLimits.tooDeep());
        }
    }

    String input() {
        return lexer.input();
    }

    Token lval() {
        return lval;
    }

    int lastClosing() {
        return lastClosing;
    }

    ParseError error() {
        return error;
    }

    /** Records an error; only the first one counts, as only the first one is what Prometheus reports. */
    void addError(int pos, String message) {
        if (error == null) {
            error = new ParseError(message, pos);
        }
    }

    /** Prometheus's "unexpected <last token> in <context>, expected <expected>". */
    void unexpected(String context, String expected) {
        if (lval == null || lval.type() == TokenType.ERROR) {
            return; // the lexer has reported it already
        }
        StringBuilder message = new StringBuilder("unexpected ").append(lval.describe());
        if (!context.isEmpty()) {
            message.append(" in ").append(context);
        }
        if (!expected.isEmpty()) {
            message.append(", expected ").append(expected);
        }
        addError(lval.pos(), message.toString());
    }
}
