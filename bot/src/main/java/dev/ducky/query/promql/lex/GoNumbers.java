package dev.ducky.query.promql.lex;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Number and duration literals read as Prometheus reads them: Go's {@code ParseInt(s, 0, 64)} then
 * {@code ParseFloat}, and Prometheus's duration format; the messages are Go's. Beside the lexer's other Go
 * text rules, below the parser that reads the literals and the type checker that runs after it.
 */
public final class GoNumbers {
    private static final Pattern DECIMAL_FLOAT = Pattern.compile("([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern DURATION = Pattern.compile(
            "(?:([0-9]+)y)?(?:([0-9]+)w)?(?:([0-9]+)d)?(?:([0-9]+)h)?(?:([0-9]+)m)?(?:([0-9]+)s)?(?:([0-9]+)ms)?");
    private static final long[] UNIT_MILLIS = {
        365L * 24 * 3600 * 1000, 7L * 24 * 3600 * 1000, 24L * 3600 * 1000, 3600L * 1000, 60L * 1000, 1000L, 1L};
    private static final long MAX_NANOS = Long.MAX_VALUE;

    private GoNumbers() {
    }

    /** A number's value, or throws with Prometheus's message ("error parsing number: …"). */
    public static double parseNumber(String text) throws LiteralException {
        Long integer = parseInteger(text);
        if (integer != null) {
            return integer;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "inf", "infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> {
            }
        }
        // Hexadecimal floats need a 'p' exponent, which the lexer never lets through.
        if (!DECIMAL_FLOAT.matcher(text).matches()) {
            throw floatError(text, "invalid syntax");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw floatError(text, "value out of range");
        }
        return value;
    }

    /** A duration in milliseconds, or throws with Prometheus's message. */
    public static long parseDuration(String text) throws LiteralException {
        if (text.isEmpty()) {
            throw new LiteralException("empty duration string");
        }
        long millis = 0;
        if (!text.equals("0")) {
            var m = DURATION.matcher(text);
            if (!m.matches()) {
                throw new LiteralException("not a valid duration string: " + GoText.quote(text));
            }
            for (int unit = 0; unit < UNIT_MILLIS.length; unit++) {
                String digits = m.group(unit + 1);
                if (digits == null) {
                    continue;
                }
                BigInteger n = new BigInteger(digits);
                if (n.compareTo(BigInteger.valueOf(MAX_NANOS / UNIT_MILLIS[unit] / 1_000_000L)) > 0) {
                    throw new LiteralException("duration out of range");
                }
                millis += n.longValueExact() * UNIT_MILLIS[unit];
                if (millis < 0 || millis > MAX_NANOS / 1_000_000L) {
                    throw new LiteralException("duration out of range");
                }
            }
        }
        if (millis == 0) {
            throw new LiteralException("duration must be greater than 0");
        }
        return millis;
    }

    // ParseInt(s, 0, 64): "0x" hex, a leading "0" octal, else decimal; null when it does not apply or overflows.
    private static Long parseInteger(String text) {
        String digits = text;
        int radix = 10;
        if (text.length() > 2 && (text.startsWith("0x") || text.startsWith("0X"))) {
            digits = text.substring(2);
            radix = 16;
        } else if (text.length() > 1 && text.startsWith("0")) {
            digits = text.substring(1);
            radix = 8;
        }
        final int base = radix;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c < 0x80 && Character.digit(c, base) >= 0)) {
            return null;
        }
        BigInteger value = new BigInteger(digits, base);
        return value.bitLength() < 64 ? value.longValue() : null;
    }

    private static LiteralException floatError(String text, String why) {
        return new LiteralException("strconv.ParseFloat: parsing " + GoText.quote(text) + ": " + why);
    }

    /** A literal Prometheus would not accept, with its message. */
    public static final class LiteralException extends Exception {
        public LiteralException(String message) {
            super(message);
        }
    }
}
