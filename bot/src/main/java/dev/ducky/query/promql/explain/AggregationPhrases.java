package dev.ducky.query.promql.explain;

import static dev.ducky.query.promql.explain.Phrases.labels;
import static dev.ducky.query.promql.explain.Phrases.subject;

import dev.ducky.query.promql.ast.AggregateExpr;

/** Aggregations: what they compute and which labels the result keeps. */
final class AggregationPhrases {
    private AggregationPhrases() {
    }

    static String describe(AggregateExpr a) {
        String of = subject(a.expr());
        return switch (a.op()) {
            case SUM -> "sum of " + of + Explainer.grouping(a);
            case AVG -> "average of " + of + Explainer.grouping(a);
            case COUNT -> "number of series of " + of + Explainer.grouping(a);
            case MIN -> "lowest value of " + of + Explainer.grouping(a);
            case MAX -> "highest value of " + of + Explainer.grouping(a);
            case GROUP -> "1 for each group of " + of + Explainer.grouping(a);
            case STDDEV -> "standard deviation of " + of + Explainer.grouping(a);
            case STDVAR -> "variance of " + of + Explainer.grouping(a);
            case QUANTILE -> Phrases.percentile(a.param()) + " of " + of + Explainer.grouping(a);
            case TOPK, BOTTOMK -> "the " + subject(a.param()) + (a.op().name().equals("TOPK") ? " highest" : " lowest")
                    + " series of " + of + within(a) + ", labels kept";
            case COUNT_VALUES -> "number of series of " + of + " with each value, the value in label "
                    + subject(a.param()) + Explainer.grouping(a);
        };
    }

    private static String within(AggregateExpr a) {
        if (a.grouping().isEmpty()) {
            return a.without() ? " within each series" : "";
        }
        return a.without() ? " within each group of all labels except " + labels(a.grouping())
                : " within each " + labels(a.grouping());
    }
}
