package dev.ducky.query.logql.semantics;

import dev.ducky.query.logql.ast.Literal;
import java.util.Optional;

/**
 * Loki unquotes strings as Go does: in double quotes only Go's escapes are allowed ({@code \n}, {@code \\},
 * {@code \"}, {@code \x41}, {@code \u00e9}, …); {@code "\d"} is an error, the most common one in
 * hand-written regular expressions. Back-quoted strings take every character literally.
 */
final class GoStrings {
    private GoStrings() {
    }

    static Optional<SemanticProblem> escapeProblem(Literal literal) {
        if (!literal.isQuoted() || literal.isBackQuoted()) {
            return Optional.empty();
        }
        String raw = literal.raw();
        for (int i = 1; i < raw.length() - 1; i++) {
            if (raw.charAt(i) != '\\') {
                continue;
            }
            int length = escapeLength(raw, i + 1);
            if (length < 0) {
                String escape = raw.substring(i, Math.min(i + 2, raw.length() - 1));
                return Optional.of(new SemanticProblem("`" + escape + "` is not an escape Loki knows in a double-quoted "
                        + "string (it reads them as Go does): write `\\" + escape + "` to pass a backslash on, "
                        + "or use back quotes (`…`), where backslashes need no escaping", literal.position() + i));
            }
            i += length;
        }
        return Optional.empty();
    }

    /** Characters after the backslash that form a valid escape starting at {@code at}, or -1. */
    private static int escapeLength(String raw, int at) {
        char c = raw.charAt(at);
        return switch (c) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', '"' -> 1;
            case 'x' -> hexDigits(raw, at + 1, 2) ? 3 : -1;
            case 'u' -> hexDigits(raw, at + 1, 4) && validCodePoint(raw, at + 1, 4) ? 5 : -1;
            case 'U' -> hexDigits(raw, at + 1, 8) && validCodePoint(raw, at + 1, 8) ? 9 : -1;
            case '0', '1', '2', '3' -> octal(raw, at) ? 3 : -1;
            default -> -1;
        };
    }

    private static boolean hexDigits(String raw, int at, int count) {
        if (at + count > raw.length() - 1) {
            return false;
        }
        for (int i = at; i < at + count; i++) {
            if (Character.digit(raw.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean validCodePoint(String raw, int at, int count) {
        long value = Long.parseLong(raw.substring(at, at + count), 16);
        return value <= Character.MAX_CODE_POINT && (value < 0xD800 || value > 0xDFFF);
    }

    private static boolean octal(String raw, int at) {
        if (at + 3 > raw.length() - 1) {
            return false;
        }
        for (int i = at; i < at + 3; i++) {
            if (raw.charAt(i) < '0' || raw.charAt(i) > '7') {
                return false;
            }
        }
        return true;
    }
}
