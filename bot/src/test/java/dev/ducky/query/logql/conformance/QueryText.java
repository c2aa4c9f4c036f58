package dev.ducky.query.logql.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Positions in a query outside its quoted strings, found without Ducky's own lexer so that the mutants
 * do not depend on the parser under test.
 */
final class QueryText {
    private QueryText() {
    }

    /** Offsets of {@code c} outside double-quoted and back-quoted strings, in order. */
    static List<Integer> outsideStrings(String query, char c) {
        boolean[] quoted = quoted(query);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < query.length(); i++) {
            if (!quoted[i] && query.charAt(i) == c) {
                found.add(i);
            }
        }
        return found;
    }

    static boolean insideString(String query, int at) {
        return quoted(query)[at];
    }

    /** For each character, whether it belongs to a quoted string (its quotes included). */
    private static boolean[] quoted(String query) {
        boolean[] quoted = new boolean[query.length()];
        char quote = 0;
        for (int i = 0; i < query.length(); i++) {
            char here = query.charAt(i);
            quoted[i] = quote != 0 || here == '"' || here == '`';
            if (quote == 0 && (here == '"' || here == '`')) {
                quote = here;
            } else if (quote != 0 && here == '\\' && quote == '"' && i + 1 < query.length()) {
                quoted[++i] = true;
            } else if (quote != 0 && here == quote) {
                quote = 0;
            }
        }
        return quoted;
    }

    /** Offset where the string literal starting at {@code open} ends (just after its closing quote), or -1. */
    static int stringEnd(String query, int open) {
        char quote = query.charAt(open);
        for (int i = open + 1; i < query.length(); i++) {
            char here = query.charAt(i);
            if (here == '\\' && quote == '"') {
                i++;
            } else if (here == quote) {
                return i + 1;
            }
        }
        return -1;
    }

    static String remove(String query, int at, int length) {
        return query.substring(0, at) + query.substring(at + length);
    }

    static String insert(String query, int at, String text) {
        return query.substring(0, at) + text + query.substring(at);
    }
}
