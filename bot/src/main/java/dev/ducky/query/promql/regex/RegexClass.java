package dev.ducky.query.promql.regex;

/** A bracket expression such as {@code [a-z\d[:space:]]}, checked as Go checks it. */
final class RegexClass {
    private final String s;
    private final int open;

    RegexClass(String s, int open) {
        this.s = s;
        this.open = open;
    }

    /** Pushes the class and returns the index after its {@code ]}; throws what Go would. */
    int parse(RegexParser parser) throws RegexException {
        int t = open + 1;
        if (t < s.length() && s.charAt(t) == '^') {
            t++;
        }
        boolean first = true; // ']' and '-' are literals first in a class
        while (t >= s.length() || s.charAt(t) != ']' || first) {
            first = false;
            if (t + 2 < s.length() && s.charAt(t) == '[' && s.charAt(t + 1) == ':') {
                int close = s.indexOf(":]", t + 2);
                if (close >= 0) {
                    String name = s.substring(t, close + 2);
                    if (!RegexNames.isPosixClass(name)) {
                        throw new RegexException("invalid character class range", name);
                    }
                    t = close + 2;
                    continue;
                }
            }
            int end = RegexEscapes.unicodeClass(s, t);
            if (end < 0) {
                end = RegexEscapes.perlClass(s, t);
            }
            if (end >= 0) {
                t = end;
                continue;
            }
            int rangeStart = t;
            long lo = classChar(t);
            t = (int) lo;
            if (t + 1 < s.length() && s.charAt(t) == '-' && s.charAt(t + 1) != ']') {
                long hi = classChar(t + 1);
                t = (int) hi;
                if ((hi >>> 32) < (lo >>> 32)) {
                    throw new RegexException("invalid character class range", s.substring(rangeStart, t));
                }
            }
        }
        parser.push(RegexNode.of(RegexNode.Kind.CLASS, false, null));
        return t + 1;
    }

    private long classChar(int t) throws RegexException {
        if (t >= s.length()) {
            throw new RegexException("missing closing ]", s.substring(open));
        }
        if (s.charAt(t) == '\\') {
            return RegexEscapes.escape(s, t);
        }
        int cp = s.codePointAt(t);
        return (long) cp << 32 | (t + Character.charCount(cp));
    }
}
