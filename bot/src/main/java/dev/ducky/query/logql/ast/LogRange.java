package dev.ducky.query.logql.ast;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;

/**
 * A log query over a time range, the argument of a range aggregation: {@code {app="x"} |= "y" [5m] offset 1h}.
 * Loki does not care whether pipeline stages are written before or after the range; they are all in
 * {@link #query()}, in order.
 *
 * @param range    the range as written, e.g. {@code 5m}
 * @param offset   the offset duration as written, or null
 * @param position 0-based offset of the {@code [}
 */
public record LogRange(LogqlExpr.LogQuery query, String range, @Nullable String offset, @Nullable Unwrap unwrap,
                       int position) {
    public LogRange {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(range, "range");
    }
}
