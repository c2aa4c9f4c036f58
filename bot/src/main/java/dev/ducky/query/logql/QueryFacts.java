package dev.ducky.query.logql;

import dev.ducky.query.logql.ast.LogqlExpr;
import dev.ducky.query.logql.ast.LogqlTree;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a query reads and uses, for {@link dev.ducky.query.analysis.ParseResult}: its selectors and its functions. */
final class QueryFacts {
    private QueryFacts() {
    }

    /** Each distinct stream selector, normalised as {@code {name="value", …}}, in order of first use. */
    static List<String> selectors(LogqlExpr expr) {
        Set<String> selectors = new LinkedHashSet<>();
        LogqlTree.logQueries(expr).forEach(query -> selectors.add(query.selector().shown()));
        return List.copyOf(selectors);
    }

    /** Functions and aggregations ({@code rate}, {@code sum}, {@code label_replace}, …) in order of first use. */
    static List<String> functions(LogqlExpr expr) {
        Set<String> functions = new LinkedHashSet<>();
        LogqlTree.walk(expr, e -> {
            if (e instanceof LogqlExpr.RangeAggregation aggregation) {
                functions.add(aggregation.function());
            } else if (e instanceof LogqlExpr.VectorAggregation aggregation) {
                functions.add(aggregation.operator());
            } else if (e instanceof LogqlExpr.LabelAggregation aggregation) {
                functions.add(aggregation.function());
            } else if (e instanceof LogqlExpr.LabelReplace) {
                functions.add("label_replace");
            } else if (e instanceof LogqlExpr.VectorLiteral) {
                functions.add("vector");
            }
        });
        return List.copyOf(functions);
    }
}
