package dev.ducky.query.logql.ast;

import java.util.Objects;

/**
 * A literal as written in the query: a quoted string ({@code "a\"b"} or {@code `raw`}) or a bare number,
 * duration or byte size.
 *
 * @param raw      the characters of the literal, quotes included
 * @param position 0-based offset in the query
 */
public record Literal(String raw, int position) {
    public Literal {
        Objects.requireNonNull(raw, "raw");
    }

    public boolean isQuoted() {
        return raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '`');
    }

    public boolean isBackQuoted() {
        return isQuoted() && raw.charAt(0) == '`';
    }

    /**
     * The value the literal stands for: quotes removed and Go's escapes resolved ({@code \n}, {@code \\},
     * {@code \x41}, {@code \101}, {@code \u00e9}…). Lenient: an escape Loki would refuse is kept as written
     * (the semantic checks report it).
     */
    public String text() {
        if (!isQuoted()) {
            return raw;
        }
        String inner = raw.substring(1, raw.length() - 1);
        if (isBackQuoted() || inner.indexOf('\\') < 0) {
            return inner;
        }
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            int length = c == '\\' && i + 1 < inner.length() ? escapeLength(inner.charAt(i + 1)) : 0;
            Integer code = length > 0 && i + 1 + length <= inner.length() ? escapedCode(inner.substring(i + 1, i + 1 + length)) : null;
            if (code == null) {
                out.append(c);
            } else {
                out.appendCodePoint(code);
                i += length;
            }
        }
        return out.toString();
    }

    /** Characters after the backslash that an escape starting with {@code first} spans. */
    private static int escapeLength(char first) {
        return switch (first) {
            case 'x' -> 3;
            case 'u' -> 5;
            case 'U' -> 9;
            case '0', '1', '2', '3', '4', '5', '6', '7' -> 3;
            default -> 1;
        };
    }

    /** The code point an escape (without its backslash) stands for, or null when Go would refuse it. */
    private static Integer escapedCode(String escape) {
        char first = escape.charAt(0);
        try {
            int code = switch (first) {
                case 'a' -> 7;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'v' -> 11;
                case '\\', '"' -> first;
                case 'x', 'u', 'U' -> escape.substring(1).chars().allMatch(d -> Character.digit(d, 16) >= 0)
                        ? Integer.parseInt(escape.substring(1), 16) : -1;
                default -> Integer.parseInt(escape, 8);
            };
            return Character.isValidCodePoint(code) ? code : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
