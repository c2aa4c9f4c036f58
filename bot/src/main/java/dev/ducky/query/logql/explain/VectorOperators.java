package dev.ducky.query.logql.explain;

import dev.ducky.query.logql.ast.LogqlExpr.VectorAggregation;

/** What each aggregation over series does. */
final class VectorOperators {
    private VectorOperators() {
    }

    /** Without by/without, an aggregating operator folds every series into one. */
    static String acrossAll(VectorAggregation aggregation) {
        return switch (aggregation.operator()) {
            case "sum", "avg", "count", "max", "min", "stddev", "stdvar" -> " across all series";
            default -> "";
        };
    }

    static String describe(VectorAggregation aggregation) {
        String n = aggregation.parameter();
        return switch (aggregation.operator()) {
            case "sum" -> "summed";
            case "avg" -> "averaged";
            case "count" -> "number of series";
            case "max" -> "highest series value";
            case "min" -> "lowest series value";
            case "stddev" -> "standard deviation across series";
            case "stdvar" -> "variance across series";
            case "topk" -> "the " + n + " highest series";
            case "bottomk" -> "the " + n + " lowest series";
            case "approx_topk" -> "the " + n + " highest series (approximate, cheaper)";
            case "sort" -> "sorted from lowest to highest";
            case "sort_desc" -> "sorted from highest to lowest";
            default -> aggregation.operator();
        };
    }
}
