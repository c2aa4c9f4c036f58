package dev.ducky.query.logql.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Walks an expression tree: every expression in pre-order, and every log query read by the expression. */
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
}
