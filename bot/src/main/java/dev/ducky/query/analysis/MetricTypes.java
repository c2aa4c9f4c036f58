package dev.ducky.query.analysis;

import java.util.Optional;

/**
 * What kind of metric a name is (counter, gauge, histogram, summary), when a catalog knows it. Lints fall
 * back to naming conventions ({@code _total}, {@code _bucket}, …) for names it does not know.
 */
@FunctionalInterface
public interface MetricTypes {
    MetricTypes UNKNOWN = metric -> Optional.empty();

    /** The metric's type in lower case ({@code counter}, {@code gauge}, {@code histogram}, {@code summary}). */
    Optional<String> typeOf(String metric);
}
