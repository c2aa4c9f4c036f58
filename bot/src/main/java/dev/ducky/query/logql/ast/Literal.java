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
     * The value the literal stands for: quotes removed and common escapes resolved. Lenient: an escape
     * Loki would refuse is kept as written (the semantic checks report it).
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
            if (c != '\\' || i + 1 == inner.length()) {
                out.append(c);
                continue;
            }
            char next = inner.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '\\', '"' -> out.append(next);
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }
}
