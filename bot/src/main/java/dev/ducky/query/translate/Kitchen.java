package dev.ducky.query.translate;

import dev.ducky.query.catalog.MetricCatalog;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.catalog.StreamLabels;
import dev.ducky.query.words.Terms;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a recipe works with: the question, the catalog (as an index), the log stream labels and the subjects
 * the question names. Recipes only read it.
 */
public record Kitchen(Question q, CatalogIndex index, StreamLabels streams, Subjects subjects) {
    static final Duration DEFAULT_RATE_WINDOW = Duration.ofMinutes(5);
    static final Duration DEFAULT_COUNT_WINDOW = Duration.ofHours(1);

    public static Kitchen of(Question q, CatalogIndex index, StreamLabels streams) {
        return new Kitchen(q, index, streams, new Subjects(q, index, streams));
    }

    public MetricCatalog catalog() {
        return index.catalog();
    }

    public Optional<MetricInfo> metric(String name) {
        return catalog().get(name);
    }

    /** The first of these metrics the catalog has. */
    public Optional<MetricInfo> first(String... names) {
        for (String name : names) {
            Optional<MetricInfo> m = metric(name);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** The window a rate averages over: what the question says, else 5 minutes. */
    public Duration rateWindow() {
        return q.time().window().orElse(DEFAULT_RATE_WINDOW);
    }

    /** The span events are counted over: what the question says, else an hour. */
    public Duration countWindow() {
        return q.time().window().orElse(DEFAULT_COUNT_WINDOW);
    }

    /** Metrics matching the question's terms and the filter, best first. */
    public List<CatalogIndex.Scored> rank(Predicate<MetricInfo> filter) {
        java.util.Set<String> named = new java.util.HashSet<>();
        subjects.names().forEach(n -> named.addAll(Terms.of(n)));
        return index.rank(q.terms(), filter, named);
    }

    /** Matchers for the subjects the question names, with a note for each assumption. */
    public List<Selector.Match> filters(MetricInfo metric, List<String> notes) {
        return new ArrayList<>(subjects.filtersFor(metric, notes));
    }
}
