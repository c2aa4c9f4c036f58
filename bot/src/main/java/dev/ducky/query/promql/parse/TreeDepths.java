package dev.ducky.query.promql.parse;

import dev.ducky.query.analysis.QueryLimits;
import dev.ducky.query.promql.ast.BinaryExpr;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Nodes;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The depth of each expression as the parser builds it, bottom up, so that a tree deeper than
 * {@link QueryLimits#MAX_DEPTH} is refused the moment it would exist: no recursive walk (checker, explainer,
 * linter, printer) ever sees one. Keyed by identity, as equal records may be distinct nodes.
 */
final class TreeDepths {
    private final Map<Expr, Integer> depths = new IdentityHashMap<>();

    /** Records a node just built; returns whether it is still within the limit. */
    boolean fits(Expr node) {
        int depth = 1;
        for (Expr child : Nodes.children(node)) {
            depth = Math.max(depth, 1 + depths.getOrDefault(child, 1));
        }
        depths.put(node, depth);
        return depth <= QueryLimits.MAX_DEPTH;
    }

    /** Where a node too deep is reported: a binary operation at its operator, anything else where it starts. */
    static int position(Expr node, String input) {
        if (!(node instanceof BinaryExpr b)) {
            return node.start();
        }
        int pos = b.lhs().end();
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        return pos;
    }
}
