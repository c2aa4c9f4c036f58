package dev.ducky.query.promql.regex;

/** Backslash sequences of Go's regexp syntax: {@code \pL}/{@code \p{Greek}}, {@code \d}…, and single-rune escapes. */
final class RegexEscapes {
    private RegexEscapes() {
    }

    /** End of a {@code \p…}/{@code \P…} class starting at i, -1 when there is none there; throws on a bad name. */
    static int unicodeClass(String s, int i) throws RegexException {
        if (i + 1 >= s.length() || s.charAt(i) != '\\' || (s.charAt(i + 1) != 'p' && s.charAt(i + 1) != 'P')) {
            return -1;
        }
        int end;
        String name;
        if (i + 2 < s.length() && s.charAt(i + 2) == '{') {
            int close = s.indexOf('}', i);
            if (close < 0) {
                throw new RegexException("invalid character class range", s.substring(i));
            }
            end = close + 1;
            name = s.substring(i + 3, close);
        } else {
            end = i + 2 < s.length() ? i + 2 + Character.charCount(s.codePointAt(i + 2)) : i + 2;
            name = s.substring(i + 2, end);
        }
        String bare = name.startsWith("^") ? name.substring(1) : name;
        if (!RegexNames.isUnicodeGroup(bare)) {
            throw new RegexException("invalid character class range", s.substring(i, end));
        }
        return end;
    }

    /** End of {@code \d \D \s \S \w \W} at i, or -1. */
    static int perlClass(String s, int i) {
        if (i + 1 < s.length() && s.charAt(i) == '\\' && "dDsSwW".indexOf(s.charAt(i + 1)) >= 0) {
            return i + 2;
        }
        return -1;
    }

    /** The rune of the escape at i (a backslash) in the high 32 bits and where it ends in the low ones. */
    static long escape(String s, int i) throws RegexException {
        int j = i + 1;
        if (j >= s.length()) {
            throw new RegexException("trailing backslash at end of expression", "");
        }
        int c = s.codePointAt(j);
        j += Character.charCount(c);
        switch (c) {
            case '1', '2', '3', '4', '5', '6', '7', '0' -> {
                if (c != '0' && !isOctal(s, j)) {
                    break; // a backreference, which Go does not support
                }
                int r = c - '0';
                for (int k = 1; k < 3 && isOctal(s, j); k++) {
                    r = r * 8 + s.charAt(j++) - '0';
                }
                return pack(r, j);
            }
            case 'x' -> {
                return hex(s, i, j);
            }
            case 'a' -> {
                return pack(7, j);
            }
            case 'f' -> {
                return pack('\f', j);
            }
            case 'n' -> {
                return pack('\n', j);
            }
            case 'r' -> {
                return pack('\r', j);
            }
            case 't' -> {
                return pack('\t', j);
            }
            case 'v' -> {
                return pack(0x0B, j);
            }
            default -> {
                if (c < 0x80 && !isAlnum(c)) {
                    return pack(c, j); // escaped punctuation stands for itself
                }
            }
        }
        throw new RegexException("invalid escape sequence", s.substring(i, j));
    }

    private static long hex(String s, int i, int j) throws RegexException {
        if (j >= s.length()) {
            throw new RegexException("invalid escape sequence", s.substring(i, j));
        }
        if (s.charAt(j) == '{') {
            j++;
            int r = 0;
            int digits = 0;
            while (true) {
                if (j >= s.length()) {
                    throw new RegexException("invalid escape sequence", s.substring(i, j));
                }
                int c = s.codePointAt(j);
                j += Character.charCount(c);
                if (c == '}') {
                    break;
                }
                int v = unhex(c);
                r = v < 0 ? -1 : r * 16 + v;
                if (v < 0 || r > Character.MAX_CODE_POINT) {
                    throw new RegexException("invalid escape sequence", s.substring(i, j));
                }
                digits++;
            }
            if (digits == 0) {
                throw new RegexException("invalid escape sequence", s.substring(i, j));
            }
            return pack(r, j);
        }
        int x = unhex(s.codePointAt(j));
        j += Character.charCount(s.codePointAt(j));
        int y = j < s.length() ? unhex(s.codePointAt(j)) : -1;
        if (j < s.length()) {
            j += Character.charCount(s.codePointAt(j));
        }
        if (x < 0 || y < 0) {
            throw new RegexException("invalid escape sequence", s.substring(i, j));
        }
        return pack(x * 16 + y, j);
    }

    private static long pack(int rune, int end) {
        return (long) rune << 32 | end;
    }

    private static boolean isOctal(String s, int j) {
        return j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '7';
    }

    private static boolean isAlnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int unhex(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
