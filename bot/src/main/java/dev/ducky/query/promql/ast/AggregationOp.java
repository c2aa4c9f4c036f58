package dev.ducky.query.promql.ast;

import java.util.Locale;

/** The aggregation operators; four of them take a parameter before the vector. */
public enum AggregationOp {
    SUM(false), AVG(false), COUNT(false), MIN(false), MAX(false), GROUP(false), STDDEV(false), STDVAR(false),
    TOPK(true), BOTTOMK(true), COUNT_VALUES(true), QUANTILE(true);

    private final boolean takesParameter;

    AggregationOp(boolean takesParameter) {
        this.takesParameter = takesParameter;
    }

    public boolean takesParameter() {
        return takesParameter;
    }

    /** Whether the result keeps each input series' labels (topk and bottomk select series, they do not merge them). */
    public boolean keepsSeriesLabels() {
        return this == TOPK || this == BOTTOMK;
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
