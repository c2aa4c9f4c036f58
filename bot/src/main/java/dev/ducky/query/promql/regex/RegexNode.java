package dev.ducky.query.promql.regex;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What the checker keeps of a parsed regular expression: whether it can match the empty string, the
 * literal text it stands for (null unless it is a plain case-sensitive literal), and enough structure to
 * check nested repetition counts. Pseudo nodes mark an open group or an alternation on the parse stack.
 */
record RegexNode(Kind kind, boolean nullable, String literal, List<RegexNode> subs, int min, int max, int flags) {
    enum Kind { LITERAL, CLASS, ANCHOR, EMPTY, CONCAT, ALTERNATE, STAR, REPEAT, GROUP, LEFT_PAREN, VERTICAL_BAR }

    RegexNode {
        subs = List.copyOf(subs);
    }

    static RegexNode of(Kind kind, boolean nullable, String literal) {
        return new RegexNode(kind, nullable, literal, List.of(), 0, 0, 0);
    }

    /** An open group on the parse stack, remembering the flags to restore at its {@code )}. */
    static RegexNode leftParen(int flags) {
        return new RegexNode(Kind.LEFT_PAREN, false, null, List.of(), 0, 0, flags);
    }

    boolean isPseudo() {
        return kind == Kind.LEFT_PAREN || kind == Kind.VERTICAL_BAR;
    }

    /**
     * Go's repeatIsValid: nested counted repetitions may not multiply past {@code n}. Walks with a stack of its
     * own, as groups may nest as deep as the query is long.
     */
    boolean repeatsWithin(int n) {
        Deque<RegexNode> nodes = new ArrayDeque<>(List.of(this));
        Deque<Integer> budgets = new ArrayDeque<>(List.of(n));
        while (!nodes.isEmpty()) {
            RegexNode node = nodes.pop();
            int budget = budgets.pop();
            if (node.kind == Kind.REPEAT) {
                int m = node.max < 0 ? node.min : node.max;
                if (m == 0) {
                    continue;
                }
                if (m > budget) {
                    return false;
                }
                budget /= m;
            }
            for (RegexNode sub : node.subs) {
                nodes.push(sub);
                budgets.push(budget);
            }
        }
        return true;
    }
}
