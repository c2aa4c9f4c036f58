package dev.ducky.query.promql.ast;

import java.util.List;
import java.util.Objects;

/**
 * An aggregation such as {@code sum by (job) (x)} or {@code topk(5, x)}.
 *
 * @param param    the parameter of topk, bottomk, quantile and count_values, else null
 * @param grouping the labels of {@code by} or {@code without}
 */
public record AggregateExpr(AggregationOp op, Expr expr, Expr param, List<String> grouping, boolean without,
                            int start, int end) implements Expr {
    public AggregateExpr {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(expr, "expr");
        grouping = List.copyOf(grouping);
        if (op.takesParameter() != (param != null)) {
            throw new IllegalArgumentException(op + (op.takesParameter() ? " needs" : " takes no") + " parameter");
        }
    }

    @Override
    public ValueType type() {
        return ValueType.VECTOR;
    }
}
