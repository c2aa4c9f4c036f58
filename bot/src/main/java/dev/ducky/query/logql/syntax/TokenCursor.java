package dev.ducky.query.logql.syntax;

import dev.ducky.query.analysis.QueryLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads tokens for the parsers. Grafana's grammar sometimes keeps two readings of a word alive (after
 * {@code | json}, {@code or} may be a label to extract or the set operator); the cursor records each such
 * fork, and {@link LogqlSyntax} parses again with the other reading when the first one fails.
 */
final class TokenCursor {
    private final List<Token> tokens;
    private final Set<Integer> keywordReadings;
    private final List<Integer> forks = new ArrayList<>();
    private int index;
    private int depth;

    TokenCursor(List<Token> tokens, Set<Integer> keywordReadings) {
        this.tokens = tokens;
        this.keywordReadings = keywordReadings;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token token = peek();
        if (index < tokens.size() - 1) {
            index++;
        }
        return token;
    }

    boolean at(TokenKind kind) {
        return peek().is(kind);
    }

    boolean atWord(String word) {
        return peek().isWord(word);
    }

    boolean accept(TokenKind kind) {
        if (at(kind)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(TokenKind kind, String context) {
        if (!at(kind)) {
            throw error("expected " + kind.shown() + " " + context + ", found " + peek().shown());
        }
        return next();
    }

    /** A label name (any identifier but a reserved word such as {@code json} or {@code offset}). */
    Token expectLabelName(String context) {
        Token token = peek();
        if (Keywords.isLabelName(token)) {
            return next();
        }
        String found = Keywords.isReserved(token) ? "the keyword " + token.shown() : token.shown();
        throw error("expected a label name " + context + ", found " + found);
    }

    /**
     * Whether the word here, which may be read both ways, is read as a keyword in this attempt. The default
     * reading is the label name; the fork is remembered so that a failed parse can try the keyword.
     */
    boolean readsAsKeyword() {
        forks.add(index);
        return keywordReadings.contains(index);
    }

    List<Integer> forks() {
        return forks;
    }

    /**
     * Opens one level of the parsers' own recursion (an operand, a parenthesis); past the depth limit the query
     * is refused before the recursion can go further. Each {@code enter} is paired with a {@link #leave}.
     */
    void enter() {
        if (++depth > QueryLimits.MAX_DEPTH) {
            throw error(QueryLimits.tooDeep());
        }
    }

    void leave() {
        depth--;
    }

    LogqlSyntaxException error(String message) {
        return new LogqlSyntaxException(message, peek().start());
    }
}
