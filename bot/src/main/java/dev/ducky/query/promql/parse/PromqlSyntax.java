package dev.ducky.query.promql.parse;

import dev.ducky.query.analysis.QueryLimits;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.lalr.LalrParser;
import dev.ducky.query.promql.lalr.ParseTable;
import java.util.Optional;

/** Parses PromQL text into an expression, or the first syntax error Prometheus 2.42 would report. */
public final class PromqlSyntax {
    private static final LalrParser<ParseState> PARSER = new LalrParser<>(ParseTable.build(PromqlGrammar.build()));

    private PromqlSyntax() {
    }

    /** The expression, or the error (exactly one of them is set). */
    public record Outcome(Expr expr, ParseError error) {
        public Outcome {
            if ((expr == null) == (error == null)) {
                throw new IllegalArgumentException("an outcome has either an expression or an error");
            }
        }
    }

    public static Outcome parse(String query) {
        Optional<String> tooLong = QueryLimits.lengthProblem(query);
        if (tooLong.isPresent()) {
            return new Outcome(null, new ParseError(tooLong.get(), QueryLimits.MAX_LENGTH));
        }
        ParseState state = new ParseState(query);
        Object result = PARSER.parse(state);
        if (state.error() != null) {
            return new Outcome(null, state.error());
        }
        if (result instanceof Expr expr) {
            return new Outcome(expr, null);
        }
        return new Outcome(null, new ParseError("unexpected error", 0)); // as Prometheus says when it gives up
    }
}
