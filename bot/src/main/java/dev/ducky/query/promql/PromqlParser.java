package dev.ducky.query.promql;

import dev.ducky.query.analysis.MetricTypes;
import dev.ducky.query.analysis.ParseResult;
import dev.ducky.query.analysis.QueryAnalysis;
import dev.ducky.query.analysis.QueryParser;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Nodes;
import dev.ducky.query.promql.check.TypeChecker;
import dev.ducky.query.promql.explain.Explainer;
import dev.ducky.query.promql.lint.LintContext;
import dev.ducky.query.promql.lint.Linter;
import dev.ducky.query.promql.parse.ParseError;
import dev.ducky.query.promql.parse.PromqlSyntax;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * PromQL as Prometheus 2.42 reads it: the same verdicts, messages and positions (a position is the
 * 1-based character offset in the query, which is the column for a one-line query); and for a valid
 * query, a line per part and lints that teach.
 */
public final class PromqlParser implements QueryParser {
    private final long scrapeIntervalMillis;

    /** Lints assume Prometheus's common 15s scrape interval. */
    public PromqlParser() {
        this(Duration.ofMillis(LintContext.DEFAULT_SCRAPE_INTERVAL));
    }

    public PromqlParser(Duration scrapeInterval) {
        this.scrapeIntervalMillis = scrapeInterval.toMillis();
        if (scrapeIntervalMillis <= 0) {
            throw new IllegalArgumentException("the scrape interval must be positive: " + scrapeInterval);
        }
    }

    @Override
    public ParseResult check(String query) {
        Parsed parsed = parse(query);
        if (parsed.error() != null) {
            return ParseResult.error(parsed.error().message(), parsed.error().pos() + 1);
        }
        return ParseResult.ok(Nodes.metrics(parsed.expr()), Nodes.functions(parsed.expr()));
    }

    @Override
    public QueryAnalysis analyze(String query, MetricTypes types) {
        return analyze(query, types, Set.of());
    }

    /**
     * As {@link #analyze(String, MetricTypes)}, also saying when the query drops a label the question is
     * about (e.g. {@code route} for "5xx rate per route").
     */
    public QueryAnalysis analyze(String query, MetricTypes types, Set<String> labelsOfInterest) {
        Parsed parsed = parse(query);
        if (parsed.error() != null) {
            return new QueryAnalysis(ParseResult.error(parsed.error().message(), parsed.error().pos() + 1),
                    List.of(), List.of());
        }
        Expr expr = parsed.expr();
        ParseResult verdict = ParseResult.ok(Nodes.metrics(expr), Nodes.functions(expr));
        LintContext context = new LintContext(types, scrapeIntervalMillis, labelsOfInterest);
        return new QueryAnalysis(verdict, Explainer.explain(expr), Linter.lint(expr, context));
    }

    /** The expression of a valid query, or the first error Prometheus reports for an invalid one. */
    public static Parsed parse(String query) {
        PromqlSyntax.Outcome outcome = PromqlSyntax.parse(query);
        if (outcome.error() != null) {
            return new Parsed(null, outcome.error());
        }
        return TypeChecker.check(outcome.expr(), query)
                .map(error -> new Parsed(null, error))
                .orElseGet(() -> new Parsed(outcome.expr(), null));
    }

    /** Either an expression or an error. */
    public record Parsed(Expr expr, ParseError error) {
        public Parsed {
            if ((expr == null) == (error == null)) {
                throw new IllegalArgumentException("either an expression or an error");
            }
        }
    }
}
