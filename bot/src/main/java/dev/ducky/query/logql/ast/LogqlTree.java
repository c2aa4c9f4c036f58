package dev.ducky.query.logql.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Walks an expression tree: every expression in pre-order, and every log query read by the expression; and
 * measures how deep the tree nests, without recursion, before anything walks it recursively.
 */
public final class LogqlTree {
    private LogqlTree() {
    }

    /** Visits {@code expr} and every expression inside it, outermost and leftmost first. */
    public static void walk(LogqlExpr expr, Consumer<LogqlExpr> visitor) {
        visitor.accept(expr);
        if (expr instanceof LogqlExpr.VectorAggregation aggregation) {
            walk(aggregation.operand(), visitor);
        } else if (expr instanceof LogqlExpr.BinaryOperation operation) {
            walk(operation.left(), visitor);
            walk(operation.right(), visitor);
        } else if (expr instanceof LogqlExpr.LabelReplace replace) {
            walk(replace.operand(), visitor);
        }
    }

    /** The log queries the expression reads, in order: bare ones and those inside range aggregations. */
    public static List<LogqlExpr.LogQuery> logQueries(LogqlExpr expr) {
        List<LogqlExpr.LogQuery> queries = new ArrayList<>();
        walk(expr, e -> {
            if (e instanceof LogqlExpr.LogQuery query) {
                queries.add(query);
            } else if (e instanceof LogqlExpr.RangeAggregation aggregation) {
                queries.add(aggregation.range().query());
            } else if (e instanceof LogqlExpr.LabelAggregation aggregation) {
                queries.add(aggregation.range().query());
            }
        });
        return queries;
    }

    /** The log ranges of the expression's range and label aggregations, in order. */
    public static List<LogRange> logRanges(LogqlExpr expr) {
        List<LogRange> ranges = new ArrayList<>();
        walk(expr, e -> {
            if (e instanceof LogqlExpr.RangeAggregation aggregation) {
                ranges.add(aggregation.range());
            } else if (e instanceof LogqlExpr.LabelAggregation aggregation) {
                ranges.add(aggregation.range());
            }
        });
        return ranges;
    }

    /**
     * Where the first part (in pre-order) lies that is nested deeper than {@code maxDepth} levels, if any. The
     * levels are those the recursive walks descend: expressions, the log queries of range aggregations, and
     * the label filters of their pipelines ({@code and} / {@code or} chains nest like parentheses).
     */
    public static OptionalInt positionDeeperThan(LogqlExpr root, int maxDepth) {
        Deque<Object> parts = new ArrayDeque<>(List.of(root));
        Deque<Integer> depths = new ArrayDeque<>(List.of(1));
        while (!parts.isEmpty()) {
            Object part = parts.pop();
            int depth = depths.pop();
            if (depth > maxDepth) {
                return OptionalInt.of(position(part));
            }
            List<Object> children = children(part);
            for (int i = children.size() - 1; i >= 0; i--) {
                parts.push(children.get(i));
                depths.push(depth + 1);
            }
        }
        return OptionalInt.empty();
    }

    private static List<Object> children(Object part) {
        List<Object> children = new ArrayList<>();
        if (part instanceof LogqlExpr.VectorAggregation aggregation) {
            children.add(aggregation.operand());
        } else if (part instanceof LogqlExpr.BinaryOperation operation) {
            children.add(operation.left());
            children.add(operation.right());
        } else if (part instanceof LogqlExpr.LabelReplace replace) {
            children.add(replace.operand());
        } else if (part instanceof LogqlExpr.RangeAggregation aggregation) {
            addRange(aggregation.range(), children);
        } else if (part instanceof LogqlExpr.LabelAggregation aggregation) {
            addRange(aggregation.range(), children);
        } else if (part instanceof LogqlExpr.LogQuery query) {
            query.stages().stream().filter(Stage.LabelFilter.class::isInstance)
                    .forEach(stage -> children.add(((Stage.LabelFilter) stage).predicate()));
        } else if (part instanceof LabelPredicate.Logical logical) {
            children.add(logical.left());
            children.add(logical.right());
        }
        return children;
    }

    private static void addRange(LogRange range, List<Object> children) {
        children.add(range.query());
        if (range.unwrap() != null) {
            children.addAll(range.unwrap().filters());
        }
    }

    /** Where a part too deep is reported: an {@code and} / {@code or} at its right side, past its operator. */
    private static int position(Object part) {
        if (part instanceof LabelPredicate.Logical logical) {
            return logical.right().position();
        }
        return part instanceof LogqlExpr expr ? expr.position() : ((LabelPredicate) part).position();
    }
}
