package dev.ducky.query.logql.semantics;

import dev.ducky.query.logql.ast.LabelPredicate;
import dev.ducky.query.logql.ast.Literal;
import dev.ducky.query.logql.ast.LogRange;
import dev.ducky.query.logql.ast.LogqlExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * What Loki refuses in a query whose syntax is fine: a selector that can match every stream, a log query
 * used as a number, an aggregation without the unwrap it needs, a bad regular expression or escape, … .
 * Grafana's grammar checks none of this; these rules follow Loki's own parser and validation.
 */
public final class LokiRules {
    private final List<SemanticProblem> problems = new ArrayList<>();
    private final LiteralRules literals = new LiteralRules(problems);
    private final PipelineRules pipelines = new PipelineRules(problems, literals);
    private final AggregationRules aggregations = new AggregationRules(problems);

    private LokiRules() {
    }

    /** Every problem found, outermost first; empty when Loki would accept the query. */
    public static List<SemanticProblem> problems(LogqlExpr expr) {
        LokiRules rules = new LokiRules();
        rules.expr(expr);
        return List.copyOf(rules.problems);
    }

    private void expr(LogqlExpr expr) {
        if (expr instanceof LogqlExpr.LogQuery query) {
            pipelines.check(query);
        } else if (expr instanceof LogqlExpr.RangeAggregation aggregation) {
            aggregations.range(aggregation);
            logRange(aggregation.range());
        } else if (expr instanceof LogqlExpr.LabelAggregation aggregation) {
            logRange(aggregation.range());
        } else if (expr instanceof LogqlExpr.VectorAggregation aggregation) {
            aggregations.vector(aggregation);
            expr(aggregation.operand());
        } else if (expr instanceof LogqlExpr.BinaryOperation operation) {
            aggregations.binary(operation);
            expr(operation.left());
            expr(operation.right());
        } else if (expr instanceof LogqlExpr.LabelReplace replace) {
            expr(replace.operand());
            labelReplace(replace);
        }
    }

    private void logRange(LogRange range) {
        if (!LokiDurations.isRange(range.range())) {
            problems.add(new SemanticProblem("Loki reads the range [" + range.range() + "] as a Prometheus duration: "
                    + "whole numbers of y, w, d, h, m, s or ms with no sign (e.g. [90m] rather than [1.5h])",
                    range.position()));
        }
        if (range.offset() != null && !LokiDurations.isOffsetOrFilter(range.offset())) {
            problems.add(new SemanticProblem("Loki cannot read the offset " + range.offset() + ": days, weeks and "
                    + "years take whole numbers and no sign", range.position()));
        }
        pipelines.check(range.query());
        if (range.unwrap() != null) {
            for (LabelPredicate filter : range.unwrap().filters()) {
                pipelines.predicate(filter);
            }
        }
    }

    private void labelReplace(LogqlExpr.LabelReplace replace) {
        List<Literal> arguments = List.of(replace.destination(), replace.replacement(), replace.source(), replace.regex());
        if (!arguments.stream().allMatch(literals::literal)) {
            return;
        }
        if (!replace.destination().text().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            problems.add(new SemanticProblem("label_replace needs a valid label name as destination, not \""
                    + replace.destination().text() + "\"", replace.destination().position()));
        }
        literals.regex(replace.regex(), "label_replace");
    }
}
