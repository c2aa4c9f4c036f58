package dev.ducky.query.logql.ast;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * {@code | unwrap latency} or {@code | unwrap duration(took)}, then label filters: the sample value a range
 * aggregation reads from each line.
 *
 * @param conversion {@code bytes}, {@code duration}, {@code duration_seconds}, or null for a plain number
 */
public record Unwrap(@Nullable String conversion, String label, List<LabelPredicate> filters, int position) {
    public Unwrap {
        Objects.requireNonNull(label, "label");
        filters = List.copyOf(filters);
    }
}
