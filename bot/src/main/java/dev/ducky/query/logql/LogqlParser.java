package dev.ducky.query.logql;

import dev.ducky.query.analysis.MetricTypes;
import dev.ducky.query.analysis.ParseResult;
import dev.ducky.query.analysis.QueryAnalysis;
import dev.ducky.query.analysis.QueryParser;
import dev.ducky.query.logql.ast.LogqlExpr;
import dev.ducky.query.logql.explain.LogqlExplainer;
import dev.ducky.query.logql.lint.LogqlLinter;
import dev.ducky.query.logql.semantics.LokiRules;
import dev.ducky.query.logql.semantics.SemanticProblem;
import dev.ducky.query.logql.syntax.LogqlSyntax;
import dev.ducky.query.logql.syntax.LogqlSyntaxException;
import java.util.List;

/**
 * LogQL in two layers: syntax as strict as Grafana's LogQL grammar, then what Loki refuses beyond syntax
 * (a selector matching every stream, a log query used as a number, a missing unwrap, a bad regex…).
 * {@link #check} applies both; {@link #checkSyntax} only the first, to compare with the grammar itself.
 * A result's {@code metrics} are the query's stream selectors, normalised as {@code {name="value", …}};
 * positions are 1-based offsets into the query text (the column, for a one-line query).
 */
public final class LogqlParser implements QueryParser {
    @Override
    public ParseResult check(String query) {
        return checked(query).result();
    }

    /** Syntax only: whether Grafana's LogQL grammar accepts the query. */
    public ParseResult checkSyntax(String query) {
        try {
            return valid(LogqlSyntax.parse(query));
        } catch (LogqlSyntaxException e) {
            return ParseResult.error(e.getMessage(), e.offset() + 1);
        }
    }

    /** The verdict, one line per part of the query, and the lints. Metric types play no part in LogQL. */
    @Override
    public QueryAnalysis analyze(String query, MetricTypes types) {
        Checked checked = checked(query);
        if (!checked.result().valid()) {
            return new QueryAnalysis(checked.result(), List.of(), List.of());
        }
        return new QueryAnalysis(checked.result(), LogqlExplainer.explain(checked.expr()), LogqlLinter.lint(checked.expr()));
    }

    /** The tree (null when the syntax is wrong) and the verdict of both layers. */
    private record Checked(LogqlExpr expr, ParseResult result) {
    }

    private static Checked checked(String query) {
        LogqlExpr expr;
        try {
            expr = LogqlSyntax.parse(query);
        } catch (LogqlSyntaxException e) {
            return new Checked(null, ParseResult.error(e.getMessage(), e.offset() + 1));
        }
        List<SemanticProblem> problems = LokiRules.problems(expr);
        if (!problems.isEmpty()) {
            SemanticProblem first = problems.get(0);
            return new Checked(expr, ParseResult.error(first.message(), first.offset() + 1));
        }
        return new Checked(expr, valid(expr));
    }

    private static ParseResult valid(LogqlExpr expr) {
        return ParseResult.ok(QueryFacts.selectors(expr), QueryFacts.functions(expr));
    }
}
