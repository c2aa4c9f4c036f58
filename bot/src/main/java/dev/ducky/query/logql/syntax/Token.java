package dev.ducky.query.logql.syntax;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of a query.
 *
 * @param kind  what it is
 * @param text  the characters it covers, exactly as written
 * @param start 0-based offset of its first character in the query
 */
public record Token(TokenKind kind, String text, int start) {
    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0");
        }
    }

    public int end() {
        return start + text.length();
    }

    public boolean is(TokenKind other) {
        return kind == other;
    }

    /** A word whose text equals {@code word} ignoring case, as LogQL keywords are matched. */
    public boolean isWord(String word) {
        return kind == TokenKind.IDENTIFIER && text.equalsIgnoreCase(word);
    }

    public String lowerText() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** How an error message quotes this token. */
    public String shown() {
        return kind == TokenKind.END ? "the end of the query" : "`" + text + "`";
    }
}
