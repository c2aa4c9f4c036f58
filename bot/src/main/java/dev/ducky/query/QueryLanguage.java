package dev.ducky.query;

import dev.ducky.query.analysis.QueryParser;
import dev.ducky.query.logql.LogqlParser;
import dev.ducky.query.promql.PromqlParser;
import java.util.Locale;
import java.util.function.Supplier;

/** The query languages Ducky reads and writes; it never runs a query in any of them. */
public enum QueryLanguage {
    PROMQL(PromqlParser::new), LOGQL(LogqlParser::new);

    private final Supplier<QueryParser> parser;

    QueryLanguage(Supplier<QueryParser> parser) {
        this.parser = parser;
    }

    /** A new parser for this language (parsers are cheap and not shared between threads). */
    public QueryParser parser() {
        return parser.get();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As people write it: PromQL, LogQL. */
    public String title() {
        return this == PROMQL ? "PromQL" : "LogQL";
    }
}
