package dev.ducky.query.promql.lex;

/**
 * Go's quoting of strings and runes ({@code %q}, {@code %#U}), so that messages read exactly as Prometheus's do.
 */
public final class GoText {
    private GoText() {
    }

    /** {@code strconv.Quote}: a double-quoted string with Go escapes for what is not printable. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> appendEscaped(out, cp, '"'));
        return out.append('"').toString();
    }

    /** {@code strconv.QuoteRune}: a single-quoted rune; anything that is not a code point reads as U+FFFD. */
    public static String quoteRune(int cp) {
        int r = Character.isValidCodePoint(cp) && !isSurrogate(cp) ? cp : 0xFFFD;
        StringBuilder out = new StringBuilder("'");
        appendEscaped(out, r, '\'');
        return out.append('\'').toString();
    }

    /** {@code %#U}: {@code U+0071 'q'}, without the quoted rune when it is not printable. */
    public static String unicode(int cp) {
        String code = String.format("U+%04X", cp);
        return isPrint(cp) ? code + " '" + new String(Character.toChars(cp)) + "'" : code;
    }

    /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    public static boolean isPrint(int cp) {
        if (cp < 0x80) {
            return cp >= 0x20 && cp < 0x7F;
        }
        if (cp <= 0xFF) {
            return cp >= 0xA1 && cp != 0xAD;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                 Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean isSurrogate(int cp) {
        return cp >= 0xD800 && cp < 0xE000;
    }

    private static void appendEscaped(StringBuilder out, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            out.append('\\').appendCodePoint(cp);
        } else if (isPrint(cp)) {
            out.appendCodePoint(cp);
        } else {
            switch (cp) {
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0B -> out.append("\\v");
                default -> out.append(cp < ' ' || cp == 0x7F ? String.format("\\x%02x", cp)
                        : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            }
        }
    }
}
