package dev.ducky.query.promql.lint;

import dev.ducky.query.analysis.MetricTypes;
import java.util.Objects;
import java.util.Set;

/**
 * What the lints know beyond the query.
 *
 * @param types            metric types from the catalog ({@link MetricTypes#UNKNOWN} when there is none)
 * @param scrapeInterval   the scrape interval to assume, in milliseconds (15s unless told)
 * @param labelsOfInterest labels the human's question is about, e.g. {@code route} in "errors per route"
 */
public record LintContext(MetricTypes types, long scrapeInterval, Set<String> labelsOfInterest) {
    public static final long DEFAULT_SCRAPE_INTERVAL = 15_000;

    public LintContext {
        Objects.requireNonNull(types, "types");
        labelsOfInterest = Set.copyOf(labelsOfInterest);
        if (scrapeInterval <= 0) {
            throw new IllegalArgumentException("the scrape interval must be positive: " + scrapeInterval);
        }
    }
}
