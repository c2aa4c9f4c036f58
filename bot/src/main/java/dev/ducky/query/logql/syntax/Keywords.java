package dev.ducky.query.logql.syntax;

import java.util.Set;

/**
 * LogQL's words, as Grafana's grammar treats them. Reserved words (any case) can never be a label name;
 * operator words such as {@code sum} or {@code by} (any case) are keywords only where a keyword fits;
 * function names such as {@code rate} are lower case and may also be label names.
 */
final class Keywords {
    static final Set<String> RESERVED = Set.of("json", "logfmt", "unpack", "pattern", "regexp",
            "label_format", "line_format", "label_replace", "vector", "offset", "bool", "on", "ignoring",
            "group_left", "group_right", "unwrap", "decolorize", "drop", "keep");
    static final Set<String> VECTOR_OPERATORS = Set.of("sum", "avg", "count", "max", "min", "stddev",
            "stdvar", "bottomk", "topk", "sort", "sort_desc", "approx_topk");
    static final Set<String> RANGE_FUNCTIONS = Set.of("count_over_time", "rate", "rate_counter",
            "bytes_over_time", "bytes_rate", "avg_over_time", "sum_over_time", "min_over_time", "max_over_time",
            "stddev_over_time", "stdvar_over_time", "quantile_over_time", "first_over_time", "last_over_time",
            "absent_over_time");
    static final Set<String> CONVERSIONS = Set.of("bytes", "duration", "duration_seconds");
    static final String LABEL_AGGREGATION = "approx_count_distinct";
    static final Set<String> SET_OPERATORS = Set.of("and", "or", "unless");

    private Keywords() {
    }

    static boolean isReserved(Token token) {
        return token.kind() == TokenKind.IDENTIFIER && RESERVED.contains(token.lowerText());
    }

    /** A word that may be a label name here: any identifier but a reserved word. */
    static boolean isLabelName(Token token) {
        return token.kind() == TokenKind.IDENTIFIER && !isReserved(token);
    }
}
