package dev.ducky.query.logql.syntax;

import dev.ducky.query.analysis.QueryLimits;
import dev.ducky.query.logql.ast.LogqlExpr;
import dev.ducky.query.logql.ast.LogqlTree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * LogQL syntax, as strict as Grafana's LogQL grammar ({@code @grafana/lezer-logql} 0.4.2): a query it
 * accepts without an error node parses here, and one it rejects throws {@link LogqlSyntaxException}.
 * Meaning (what Loki itself refuses beyond syntax) is checked separately, on the tree this returns. A query
 * longer or nested deeper than {@link QueryLimits} allows is refused here too, so no later walk sees it.
 */
public final class LogqlSyntax {
    /** Parses with another reading of an ambiguous word at most this many times (they are rare). */
    private static final int MAX_ATTEMPTS = 8;

    private LogqlSyntax() {
    }

    public static LogqlExpr parse(String query) {
        Optional<String> tooLong = QueryLimits.lengthProblem(query);
        if (tooLong.isPresent()) {
            throw new LogqlSyntaxException(tooLong.get(), QueryLimits.MAX_LENGTH);
        }
        LogqlExpr expr = parse(LogqlLexer.tokenize(query));
        OptionalInt tooDeep = LogqlTree.positionDeeperThan(expr, QueryLimits.MAX_DEPTH);
        if (tooDeep.isPresent()) {
            throw new LogqlSyntaxException(QueryLimits.tooDeep(), tooDeep.getAsInt());
        }
        return expr;
    }

    private static LogqlExpr parse(List<Token> tokens) {
        Deque<Set<Integer>> readings = new ArrayDeque<>(List.of(Set.of()));
        LogqlSyntaxException first = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && !readings.isEmpty(); attempt++) {
            Set<Integer> keywordReadings = readings.poll();
            TokenCursor cursor = new TokenCursor(tokens, keywordReadings);
            try {
                return new ExpressionParser(cursor).query();
            } catch (LogqlSyntaxException e) {
                first = first == null ? e : first;
                for (int fork : cursor.forks()) {
                    if (!keywordReadings.contains(fork)) {
                        Set<Integer> next = new HashSet<>(keywordReadings);
                        next.add(fork);
                        readings.add(next);
                    }
                }
            }
        }
        throw first;
    }
}
