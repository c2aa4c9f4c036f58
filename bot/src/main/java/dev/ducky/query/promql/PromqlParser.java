package dev.ducky.query.promql;

import dev.ducky.query.MetricTypes;
import dev.ducky.query.ParseResult;
import dev.ducky.query.QueryAnalysis;
import dev.ducky.query.QueryParser;

/** PromQL parser. (Placeholder: the real parser is being written.) */
public final class PromqlParser implements QueryParser {
    @Override
    public ParseResult check(String query) {
        throw new UnsupportedOperationException("PromQL parser pending");
    }

    @Override
    public QueryAnalysis analyze(String query, MetricTypes types) {
        throw new UnsupportedOperationException("pending");
    }
}
