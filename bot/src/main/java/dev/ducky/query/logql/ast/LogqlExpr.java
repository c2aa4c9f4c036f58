package dev.ducky.query.logql.ast;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/** A LogQL expression: a log query, or a metric expression built from range aggregations. */
public sealed interface LogqlExpr {
    /** 0-based offset in the query where the expression (or, for a binary operation, its operator) starts. */
    int position();

    /** {@code {app="x"} |= "error" | json}: log lines, not numbers. */
    record LogQuery(StreamSelector selector, List<Stage> stages, int position) implements LogqlExpr {
        public LogQuery {
            Objects.requireNonNull(selector, "selector");
            stages = List.copyOf(stages);
        }
    }

    /** {@code rate({…}[5m])}, {@code quantile_over_time(0.99, {…} | unwrap x [5m]) by (route)}. */
    record RangeAggregation(String function, @Nullable String parameter, LogRange range,
                            @Nullable Grouping grouping, int position) implements LogqlExpr {
        public RangeAggregation {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(range, "range");
        }
    }

    /** {@code sum by (level) (…)}, {@code topk(5, …)}. The operator is lower case. */
    record VectorAggregation(String operator, @Nullable String parameter, LogqlExpr operand,
                             @Nullable Grouping grouping, int position) implements LogqlExpr {
        public VectorAggregation {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** {@code approx_count_distinct(label, {…}[5m]) by (…)}. */
    record LabelAggregation(String function, String label, LogRange range, @Nullable Grouping grouping,
                            int position) implements LogqlExpr {
        public LabelAggregation {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(range, "range");
        }
    }

    /** {@code left op modifier right}; the position is the operator's. */
    record BinaryOperation(BinaryOp op, LogqlExpr left, LogqlExpr right, BinaryModifier modifier, int position)
            implements LogqlExpr {
        public BinaryOperation {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(modifier, "modifier");
        }
    }

    /** A number, sign included: {@code 5}, {@code -0.5}, {@code 1e3}, {@code 0x1f}. */
    record NumberLiteral(String text, int position) implements LogqlExpr {
        public NumberLiteral {
            Objects.requireNonNull(text, "text");
        }
    }

    /** {@code vector(0)}: a constant for every step, e.g. to fill gaps with {@code or vector(0)}. */
    record VectorLiteral(String number, int position) implements LogqlExpr {
        public VectorLiteral {
            Objects.requireNonNull(number, "number");
        }
    }

    /** {@code label_replace(operand, "dst", "$1", "src", "regex")}. */
    record LabelReplace(LogqlExpr operand, Literal destination, Literal replacement, Literal source, Literal regex,
                        int position) implements LogqlExpr {
        public LabelReplace {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(destination, "destination");
            Objects.requireNonNull(replacement, "replacement");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(regex, "regex");
        }
    }
}
