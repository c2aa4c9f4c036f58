package dev.ducky.query.promql.lex;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One lexical item: its type, where it starts (0-based char index) and its text. An {@code ERROR} token's
 * text is the lexer's message.
 */
public record Token(TokenType type, int pos, String text) {
    public Token {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (pos < 0) {
            throw new IllegalArgumentException("negative position " + pos);
        }
    }

    public int end() {
        return pos + text.length();
    }

    /** How Prometheus names this item in "unexpected …" messages, e.g. {@code identifier "foo"}, {@code <aggr:sum>}. */
    public String describe() {
        return switch (type) {
            case EOF -> "end of input";
            case IDENTIFIER -> "identifier " + GoText.quote(text);
            case METRIC_IDENTIFIER -> "metric identifier " + GoText.quote(text);
            case STRING -> "string " + shortQuoted();
            case NUMBER -> "number " + shortQuoted();
            case DURATION -> "duration " + shortQuoted();
            // 2.42 has no display name for '@', so it prints its yacc token number, then the operator.
            case AT -> "\"<Item 57385>\" <op:@>";
            default -> type.isKeyword() ? "<" + text + ">"
                    : type.isOperator() ? "<op:" + text + ">"
                    : type.isAggregator() ? "<aggr:" + text + ">"
                    : shortQuoted();
        };
    }

    // Prometheus shortens values over 10 bytes to their first 10 characters and "...".
    private String shortQuoted() {
        if (text.getBytes(StandardCharsets.UTF_8).length <= 10) {
            return GoText.quote(text);
        }
        int cut = text.offsetByCodePoints(0, Math.min(10, text.codePointCount(0, text.length())));
        return GoText.quote(text.substring(0, cut)) + "...";
    }
}
