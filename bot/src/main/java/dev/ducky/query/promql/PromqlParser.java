package dev.ducky.query.promql;

import dev.ducky.query.MetricTypes;
import dev.ducky.query.ParseResult;
import dev.ducky.query.QueryAnalysis;
import dev.ducky.query.QueryParser;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Nodes;
import dev.ducky.query.promql.check.TypeChecker;
import dev.ducky.query.promql.parse.ParseError;
import dev.ducky.query.promql.parse.PromqlSyntax;
import java.util.List;

/**
 * PromQL as Prometheus 2.42 reads it: the same verdicts, messages and positions (a position is the
 * 1-based character offset in the query, which is the column for a one-line query).
 */
public final class PromqlParser implements QueryParser {
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
        return new QueryAnalysis(check(query), List.of(), List.of());
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
