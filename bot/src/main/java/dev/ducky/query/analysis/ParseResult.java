package dev.ducky.query.analysis;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A parser's verdict on one query.
 *
 * @param valid     whether the query parses (and passes the language's semantic checks)
 * @param error     what is wrong, when invalid
 * @param position  1-based column where it goes wrong, when invalid
 * @param metrics   what the query reads: metric names (PromQL), or stream selectors (LogQL), each normalised as
 *                  {@code {name="value", …}} in the order written
 * @param functions functions and aggregations it uses, in order of first use
 */
public record ParseResult(boolean valid, @Nullable String error, @Nullable Integer position,
                          List<String> metrics, List<String> functions) {
    public ParseResult {
        metrics = List.copyOf(metrics);
        functions = List.copyOf(functions);
        if (valid == (error != null)) {
            throw new IllegalArgumentException("a valid result has no error, an invalid one has one");
        }
        if (!valid && (position == null || position < 1)) {
            throw new IllegalArgumentException("an invalid result needs a 1-based position");
        }
    }

    public static ParseResult ok(List<String> metrics, List<String> functions) {
        return new ParseResult(true, null, null, metrics, functions);
    }

    public static ParseResult error(String message, int position) {
        return new ParseResult(false, message, position, List.of(), List.of());
    }
}
