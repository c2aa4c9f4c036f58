package dev.ducky.query.logql.lint;

import java.util.Optional;

/** Regular expressions that only spell out a fixed string, such as {@code timeout} or {@code 10\.0\.0\.1}. */
final class RegexLiterals {
    private static final String SPECIAL = ".^$*+?()[]{}|";

    private RegexLiterals() {
    }

    /** The fixed string the regex stands for, or empty when it uses any regex syntax. */
    static Optional<String> literalOf(String regex) {
        if (regex.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 == regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
                    return Optional.empty(); // \d, \s, \b…: a class or an anchor, not a character
                }
                literal.append(regex.charAt(++i));
            } else if (SPECIAL.indexOf(c) >= 0) {
                return Optional.empty();
            } else {
                literal.append(c);
            }
        }
        return Optional.of(literal.toString());
    }

    /** The string as a LogQL double-quoted literal. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
