package dev.ducky.query.logql.syntax;

import java.util.List;

/**
 * Numbers, durations and byte sizes, scanned as Grafana's LogQL grammar does: the longest match wins, and a
 * duration or byte size beats a plain number ({@code 5m} is a duration, {@code 5} a number).
 */
final class NumericLiterals {
    /** Duration units in the only order they may appear; the first three take whole numbers only. */
    private static final List<List<String>> DURATION_UNITS = List.of(List.of("y"), List.of("w"), List.of("d"),
            List.of("h"), List.of("m"), List.of("s"), List.of("ms"), List.of("us", "µs"), List.of("ns"));
    private static final int FIRST_FRACTIONAL_UNIT = 3;
    private static final List<String> BYTE_UNITS =
            List.of("B", "KB", "KiB", "kB", "MB", "GB", "TB", "PB", "MiB", "GiB", "TiB", "PiB");

    private NumericLiterals() {
    }

    /** The numeric token starting at {@code at} (a digit or a dot), or null when there is none. */
    static Token scan(String query, int at) {
        int duration = durationEnd(query, at);
        int bytes = bytesEnd(query, at);
        int number = numberEnd(query, at);
        if (duration >= bytes && duration >= number && duration > at) {
            return new Token(TokenKind.DURATION, query.substring(at, duration), at);
        }
        if (bytes >= number && bytes > at) {
            return new Token(TokenKind.BYTES, query.substring(at, bytes), at);
        }
        return number > at ? new Token(TokenKind.NUMBER, query.substring(at, number), at) : null;
    }

    /** End of the longest duration starting at {@code at}, or -1. */
    static int durationEnd(String query, int at) {
        return longestDuration(query, at, 0);
    }

    private static int longestDuration(String query, int at, int firstUnit) {
        int best = -1;
        for (int unit = firstUnit; unit < DURATION_UNITS.size(); unit++) {
            int end = durationSegmentEnd(query, at, unit);
            if (end > 0) {
                best = Math.max(best, Math.max(end, longestDuration(query, end, unit + 1)));
            }
        }
        return best;
    }

    private static int durationSegmentEnd(String query, int at, int unit) {
        int end = unit >= FIRST_FRACTIONAL_UNIT ? decimalEnd(query, at) : digitsEnd(query, at);
        if (end == at) {
            return -1;
        }
        for (String name : DURATION_UNITS.get(unit)) {
            if (query.startsWith(name, end)) {
                return end + name.length();
            }
        }
        return -1;
    }

    private static int bytesEnd(String query, int at) {
        int end = decimalEnd(query, at);
        if (end == at) {
            return -1;
        }
        int best = -1;
        for (String unit : BYTE_UNITS) {
            if (query.startsWith(unit, end)) {
                best = Math.max(best, end + unit.length());
            }
        }
        return best;
    }

    private static int numberEnd(String query, int at) {
        if (query.startsWith("0x", at) && digitsEnd(query, at + 2, true) > at + 2) {
            return digitsEnd(query, at + 2, true);
        }
        int end = digitsEnd(query, at);
        if (end > at) {
            if (end < query.length() && query.charAt(end) == '.') {
                end = digitsEnd(query, end + 1);
            }
        } else if (query.startsWith(".", at) && digitsEnd(query, at + 1) > at + 1) {
            end = digitsEnd(query, at + 1);
        } else {
            return -1;
        }
        return exponentEnd(query, end);
    }

    private static int exponentEnd(String query, int at) {
        if (at >= query.length() || (query.charAt(at) != 'e' && query.charAt(at) != 'E')) {
            return at;
        }
        int digits = at + 1;
        if (digits < query.length() && (query.charAt(digits) == '+' || query.charAt(digits) == '-')) {
            digits++;
        }
        int end = digitsEnd(query, digits);
        return end > digits ? end : at;
    }

    /** Digits, optionally followed by a dot and more digits (the grammar's "float" inside units). */
    private static int decimalEnd(String query, int at) {
        int end = digitsEnd(query, at);
        if (end > at && end + 1 < query.length() && query.charAt(end) == '.' && isDigit(query.charAt(end + 1))) {
            end = digitsEnd(query, end + 1);
        }
        return end;
    }

    private static int digitsEnd(String query, int at) {
        return digitsEnd(query, at, false);
    }

    private static int digitsEnd(String query, int at, boolean hex) {
        int end = at;
        while (end < query.length() && (isDigit(query.charAt(end)) || hex && isHexLetter(query.charAt(end)))) {
            end++;
        }
        return end;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexLetter(char c) {
        return c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
