package dev.ducky.query.logql;

import dev.ducky.query.MetricTypes;
import dev.ducky.query.ParseResult;
import dev.ducky.query.QueryAnalysis;
import dev.ducky.query.QueryParser;
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
 * A result's {@code metrics} are the query's stream selectors, normalised as {@code {name="value", …}}.
 */
public final class LogqlParser implements QueryParser {
    @Override
    public ParseResult check(String query) {
        LogqlExpr expr;
        try {
            expr = LogqlSyntax.parse(query);
        } catch (LogqlSyntaxException e) {
            return ParseResult.error(e.getMessage(), e.offset() + 1);
        }
        List<SemanticProblem> problems = LokiRules.problems(expr);
        if (!problems.isEmpty()) {
            return ParseResult.error(problems.get(0).message(), problems.get(0).offset() + 1);
        }
        return ParseResult.ok(QueryFacts.selectors(expr), QueryFacts.functions(expr));
    }

    /** Syntax only: whether Grafana's LogQL grammar accepts the query. */
    public ParseResult checkSyntax(String query) {
        try {
            LogqlExpr expr = LogqlSyntax.parse(query);
            return ParseResult.ok(QueryFacts.selectors(expr), QueryFacts.functions(expr));
        } catch (LogqlSyntaxException e) {
            return ParseResult.error(e.getMessage(), e.offset() + 1);
        }
    }

    /** The verdict, one line per part of the query, and the lints. Metric types play no part in LogQL. */
    @Override
    public QueryAnalysis analyze(String query, MetricTypes types) {
        ParseResult verdict = check(query);
        if (!verdict.valid()) {
            return new QueryAnalysis(verdict, List.of(), List.of());
        }
        LogqlExpr expr = LogqlSyntax.parse(query);
        return new QueryAnalysis(verdict, LogqlExplainer.explain(expr), LogqlLinter.lint(expr));
    }
}
