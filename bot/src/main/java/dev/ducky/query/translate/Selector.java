package dev.ducky.query.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Writes PromQL and LogQL selectors with their label values quoted as the languages require. */
public final class Selector {
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    /** One label matcher, e.g. {@code code=~"5.."}. */
    public record Match(String label, String op, String value) {
        public Match {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("not a label name: " + label);
            }
            if (!List.of("=", "!=", "=~", "!~").contains(op)) {
                throw new IllegalArgumentException("not a matcher operator: " + op);
            }
        }

        public static Match eq(String label, String value) {
            return new Match(label, "=", value);
        }

        public static Match re(String label, String value) {
            return new Match(label, "=~", value);
        }

        public static Match not(String label, String value) {
            return new Match(label, "!=", value);
        }

        public static Match notRe(String label, String value) {
            return new Match(label, "!~", value);
        }

        @Override
        public String toString() {
            return label + op + quote(value);
        }
    }

    private Selector() {
    }

    /** {@code name{a="b", …}}, or just the name without matchers. */
    public static String of(String metric, List<Match> matchers) {
        if (matchers.isEmpty()) {
            return metric;
        }
        List<String> parts = new ArrayList<>();
        matchers.forEach(m -> parts.add(m.toString()));
        return metric + "{" + String.join(", ", parts) + "}";
    }

    /** A LogQL stream selector; Loki needs at least one matcher that does not match the empty string. */
    public static String stream(List<Match> matchers) {
        List<String> parts = new ArrayList<>();
        matchers.forEach(m -> parts.add(m.toString()));
        return "{" + String.join(", ", parts) + "}";
    }

    /** A double-quoted string literal of PromQL and LogQL. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A regular expression matching the text literally, for {@code |~} and {@code =~}. */
    public static String literalRegex(String text) {
        return text.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
    }
}
