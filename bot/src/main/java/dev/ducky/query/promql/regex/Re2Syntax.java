package dev.ducky.query.promql.regex;

/**
 * Checks a label matcher's regular expression the way Prometheus 2.42 does (compile {@code ^(?:re)$}, then
 * parse {@code re} on its own), and says what the linter and the empty-matcher rule need to know.
 */
public final class Re2Syntax {
    private Re2Syntax() {
    }

    /**
     * @param error        Go's message when the expression is rejected, else null
     * @param matchesEmpty whether the anchored expression matches the empty string
     * @param literal      the plain text the expression stands for, when it has no special meaning; else null
     */
    public record Verdict(String error, boolean matchesEmpty, String literal) {
    }

    public static Verdict check(String regex) {
        try {
            RegexNode anchored = RegexParser.parse("^(?:" + regex + ")$");
            RegexNode alone = RegexParser.parse(regex);
            return new Verdict(null, anchored.nullable(), alone.literal());
        } catch (RegexException e) {
            return new Verdict(e.getMessage(), false, null);
        }
    }
}
