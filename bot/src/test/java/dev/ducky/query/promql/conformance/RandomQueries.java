package dev.ducky.query.promql.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random inputs beyond mutants of real rules: soups of PromQL tokens and fragments (mostly invalid,
 * reaching error paths no real rule reaches), and random regular expressions inside a label matcher.
 */
public final class RandomQueries {
    public static final String TOKEN_SOUP = "random token soup";
    public static final String REGEXES = "random regex in a matcher";

    private static final String[] TOKENS = {"x", " ", "y", "(", ")", "{", "}", "[", "]", "\"", "'", "`", ",", "=",
        "~", "!", "<", ">", "+", "-", "*", "/", "%", "^", "@", ":", ".", "5", "m", "0", "e", "#", "\t", "sum", "by",
        "rate", "offset", "bool", "on", "1h", "0x1f", "\\", "é", "inf", "group_left", "ignoring", "without", "topk(",
        "start()", "end", "[5m:]", "[1m]", "{a=\"b\"}", "and", "unless", "atan2", "count_values", "label_replace(",
        "\"s\"", "1e3", "NaN", "-1"};
    private static final String[] REGEX_PARTS = {"a", "b", "(", ")", "[", "]", "{", "}", "|", "*", "+", "?", "^",
        "$", ".", "\\", "-", ",", ":", "0", "1", "2", "9", "d", "D", "s", "w", "p", "P", "x", "<", ">", "=", "!",
        "Q", "E", "z", "(?", "(?i)", "(?P<n>", "[:alpha:]", "\\p{Greek}", "\\pL", "{2}", "{1,3}", "{,2}", "\\x{41}",
        "é"};

    private RandomQueries() {
    }

    public static List<Conformance.Case> cases(long seed, int each) {
        Random random = new Random(seed);
        List<Conformance.Case> out = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            out.add(new Conformance.Case(TOKEN_SOUP, join(random, TOKENS, 14)));
        }
        for (int i = 0; i < each; i++) {
            String regex = join(random, REGEX_PARTS, 8);
            out.add(new Conformance.Case(REGEXES, "x{a=~\"" + regex.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}"));
        }
        return out;
    }

    private static String join(Random random, String[] parts, int most) {
        StringBuilder out = new StringBuilder();
        for (int n = 1 + random.nextInt(most); n > 0; n--) {
            out.append(parts[random.nextInt(parts.length)]);
        }
        return out.toString();
    }
}
