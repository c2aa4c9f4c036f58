package dev.ducky.query.logql.explain;

import dev.ducky.query.logql.ast.LogqlExpr.RangeAggregation;

/** What each range aggregation computes from the lines (or unwrapped values) of each window. */
final class RangeFunctions {
    private RangeFunctions() {
    }

    static String describe(RangeAggregation aggregation) {
        boolean unwrapped = aggregation.range().unwrap() != null;
        return switch (aggregation.function()) {
            case "count_over_time" -> "number of lines";
            case "rate" -> unwrapped ? "per-second rate of the values" : "per-second rate of lines";
            case "rate_counter" -> "per-second rate of the value, read as a counter";
            case "bytes_over_time" -> "bytes of log lines";
            case "bytes_rate" -> "bytes of log lines per second";
            case "avg_over_time" -> "average value";
            case "sum_over_time" -> "sum of the values";
            case "min_over_time" -> "lowest value";
            case "max_over_time" -> "highest value";
            case "stddev_over_time" -> "standard deviation of the values";
            case "stdvar_over_time" -> "variance of the values";
            case "quantile_over_time" -> quantile(aggregation.parameter()) + " of the values";
            case "first_over_time" -> "first value";
            case "last_over_time" -> "last value";
            case "absent_over_time" -> "1 when there is no line at all (to alert on silence)";
            default -> aggregation.function();
        };
    }

    /** {@code 0.99} → "99th percentile", {@code 0.5} → "median". */
    static String quantile(String parameter) {
        if (parameter == null) {
            return "quantile";
        }
        double value;
        try {
            value = Double.parseDouble(parameter);
        } catch (NumberFormatException e) {
            return "quantile " + parameter;
        }
        if (value == 0.5) {
            return "median";
        }
        double percent = value * 100;
        String number = percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
        return number + ordinalSuffix(number) + " percentile";
    }

    private static String ordinalSuffix(String number) {
        if (number.contains(".") || number.endsWith("11") || number.endsWith("12") || number.endsWith("13")) {
            return "th";
        }
        return switch (number.charAt(number.length() - 1)) {
            case '1' -> "st";
            case '2' -> "nd";
            case '3' -> "rd";
            default -> "th";
        };
    }
}
