package dev.ducky.query.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Everything Ducky shows with a query: the verdict, one short line per part of the query, and lints.
 * An invalid query has no explanation and no lints.
 */
public record QueryAnalysis(ParseResult verdict, List<String> explanation, List<Lint> lints) {
    public QueryAnalysis {
        Objects.requireNonNull(verdict, "verdict");
        explanation = List.copyOf(explanation);
        lints = List.copyOf(lints);
    }
}
