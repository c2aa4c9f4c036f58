package dev.ducky.query.analysis;

/**
 * Checks one query of a language: valid or not, where it breaks, and what it uses. The PromQL and LogQL parsers
 * implement it, so it and what it returns live in this package below them; {@code QueryLanguage}, which names
 * the parser of each language, sits above them.
 */
public interface QueryParser {
    /** Valid or not, where it breaks, what it uses. Fast: the parse command streams thousands per second. */
    ParseResult check(String query);

    /** The verdict plus an explanation of each part and the lints, for showing the query to a human. */
    QueryAnalysis analyze(String query, MetricTypes types);
}
