package dev.ducky.query.logql.semantics;

import dev.ducky.query.logql.ast.LogqlExpr;
import dev.ducky.query.logql.ast.LogqlExpr.BinaryOperation;
import dev.ducky.query.logql.ast.LogqlExpr.RangeAggregation;
import dev.ducky.query.logql.ast.LogqlExpr.VectorAggregation;
import java.util.List;
import java.util.Set;

/** Loki's checks on aggregations and binary operations: parameters, groupings, unwraps, operand types. */
final class AggregationRules {
    private static final Set<String> GROUPABLE_RANGE = Set.of("avg_over_time", "stddev_over_time",
            "stdvar_over_time", "quantile_over_time", "max_over_time", "min_over_time", "first_over_time",
            "last_over_time");
    private static final Set<String> UNWRAPPING = Set.of("avg_over_time", "sum_over_time", "max_over_time",
            "min_over_time", "stddev_over_time", "stdvar_over_time", "quantile_over_time", "rate", "rate_counter",
            "absent_over_time", "first_over_time", "last_over_time");
    private static final Set<String> LINE_COUNTING = Set.of("bytes_over_time", "bytes_rate", "count_over_time",
            "rate", "absent_over_time");
    private static final Set<String> WITH_COUNT = Set.of("topk", "bottomk", "approx_topk");

    private final List<SemanticProblem> problems;

    AggregationRules(List<SemanticProblem> problems) {
        this.problems = problems;
    }

    void range(RangeAggregation aggregation) {
        String function = aggregation.function();
        int at = aggregation.position();
        boolean quantile = function.equals("quantile_over_time");
        if (aggregation.parameter() != null && !quantile) {
            add(function + " takes no parameter: remove `" + aggregation.parameter() + ",` (only quantile_over_time "
                    + "takes one, the quantile)", at);
        } else if (aggregation.parameter() == null && quantile) {
            add("quantile_over_time needs the quantile first, e.g. quantile_over_time(0.99, {…} | unwrap latency [5m])", at);
        }
        if (aggregation.grouping() != null && !GROUPABLE_RANGE.contains(function)) {
            add(function + "(…) cannot take " + aggregation.grouping().keyword() + " (…): aggregate its result "
                    + "instead, e.g. sum " + aggregation.grouping().keyword() + " (…) (" + function + "(…))",
                    aggregation.grouping().position());
        }
        boolean unwrapped = aggregation.range().unwrap() != null;
        if (unwrapped && !UNWRAPPING.contains(function)) {
            add(function + " measures log lines and cannot use | unwrap: remove the unwrap, or use sum_over_time "
                    + "to add up the unwrapped values", aggregation.range().unwrap().position());
        } else if (!unwrapped && !LINE_COUNTING.contains(function)) {
            add(function + " aggregates a value from each line: extract it and add | unwrap <label>, "
                    + "e.g. {…} | logfmt | unwrap duration_ms", at);
        }
    }

    void vector(VectorAggregation aggregation) {
        String operator = aggregation.operator();
        String parameter = aggregation.parameter();
        int at = aggregation.position();
        if (WITH_COUNT.contains(operator)) {
            if (parameter == null) {
                add(operator + " needs how many series to keep first, e.g. " + operator + "(5, …)", at);
            } else if (!parameter.matches("\\d+") || parameter.matches("0+")) {
                add(operator + " keeps a whole, positive number of series, not " + parameter, at);
            }
        } else if (parameter != null) {
            add(operator + " takes no parameter: remove `" + parameter + ",` (only topk, bottomk and approx_topk "
                    + "take one)", at);
        }
        var grouping = aggregation.grouping();
        if (grouping != null && operator.startsWith("sort") && !grouping.labels().isEmpty()) {
            add(operator + " orders series by value and cannot be grouped", grouping.position());
        } else if (grouping != null && operator.equals("approx_topk")) {
            add("approx_topk cannot be grouped; use topk when you need by (…)", grouping.position());
        }
    }

    void binary(BinaryOperation operation) {
        String symbol = "`" + operation.op().symbol() + "`";
        operand(operation.left(), "left", symbol);
        operand(operation.right(), "right", symbol);
        if (operation.op().isSetOperator() && (isConstant(operation.left()) || isConstant(operation.right()))) {
            add(symbol + " matches series by their labels, so both sides must be series, not numbers "
                    + "(vector(1) is a constant series)", operation.position());
        }
        if (operation.modifier().returnBool() && !operation.op().isComparison()) {
            add("bool only goes with a comparison (==, !=, >, >=, <, <=), not with " + symbol, operation.position());
        }
    }

    private void operand(LogqlExpr operand, String side, String symbol) {
        if (operand instanceof LogqlExpr.LogQuery query) {
            add("a log query cannot be the " + side + " side of " + symbol + ": it returns lines, not numbers; "
                    + "count them first, e.g. count_over_time(" + query.selector().shown() + "[5m])",
                    query.position());
        }
    }

    /** A number, or an operation on numbers only (Loki folds those into one number). */
    private static boolean isConstant(LogqlExpr expr) {
        return expr instanceof LogqlExpr.NumberLiteral
                || expr instanceof BinaryOperation operation && isConstant(operation.left()) && isConstant(operation.right());
    }

    private void add(String message, int at) {
        problems.add(new SemanticProblem(message, at));
    }
}
