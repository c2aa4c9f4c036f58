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
        List<Integer> found = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < query.length(); i++) {
            char here = query.charAt(i);
            if (quote != 0) {
                if (here == '\\' && quote == '"') {
                    i++;
                } else if (here == quote) {
                    quote = 0;
                }
            } else if (here == '"' || here == '`') {
                quote = here;
            } else if (here == c) {
                found.add(i);
            }
        }
        return found;
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
