package dev.ducky.query.promql.parse;

import dev.ducky.query.promql.ast.Matcher;
import dev.ducky.query.promql.ast.VectorMatching;
import java.util.List;

/** Values the grammar passes between rules before they become part of an expression. */
final class Modifiers {
    private Modifiers() {
    }

    /** {@code bool} and {@code on/ignoring(…) group_left/right(…)} of a binary operation. */
    record Binary(boolean returnBool, VectorMatching matching) {
        Binary withMatching(List<String> labels, boolean on) {
            return new Binary(returnBool, new VectorMatching(matching.card(), labels, on, matching.include()));
        }

        Binary withGroup(VectorMatching.Cardinality card, List<String> include) {
            return new Binary(returnBool, new VectorMatching(card, matching.labels(), matching.on(), include));
        }
    }

    /** {@code by (…)} or {@code without (…)} of an aggregation. */
    record Grouping(List<String> labels, boolean without) {
        static final Grouping NONE = new Grouping(List.of(), false);
    }

    /** What the braces of a selector hold, before the metric name in front of them is known. */
    record Braces(List<Matcher> matchers, int start, int end) {
    }
}
