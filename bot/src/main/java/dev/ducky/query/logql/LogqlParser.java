package dev.ducky.query.logql;

import dev.ducky.query.MetricTypes;
import dev.ducky.query.ParseResult;
import dev.ducky.query.QueryAnalysis;
import dev.ducky.query.QueryParser;

/** LogQL parser. (Placeholder: the real parser is being written.) */
public final class LogqlParser implements QueryParser {
    @Override
    public ParseResult check(String query) {
        throw new UnsupportedOperationException("LogQL parser pending");
    }

    @Override
    public QueryAnalysis analyze(String query, MetricTypes types) {
        throw new UnsupportedOperationException("pending");
    }
}
