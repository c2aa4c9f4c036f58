package dev.ducky.query.catalog;

import dev.ducky.query.analysis.MetricTypes;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The metrics Ducky may write queries about: names, types, help, labels and known label values. Built from
 * the bundled default, a catalog file, a Prometheus server's metadata and the team's runbooks and rules.
 */
public final class MetricCatalog {
    private static final List<String> SERIES_SUFFIXES = List.of("_bucket", "_count", "_sum");

    private final Map<String, MetricInfo> metrics;
    private final Map<String, Set<String>> labelValues;

    public MetricCatalog(Collection<MetricInfo> metrics) {
        this(metrics, Map.of());
    }

    /**
     * @param labelValues values seen for labels regardless of metric, e.g. every {@code service} a Prometheus
     *                    server knows
     */
    public MetricCatalog(Collection<MetricInfo> metrics, Map<String, Set<String>> labelValues) {
        Map<String, MetricInfo> byName = new LinkedHashMap<>();
        for (MetricInfo m : metrics) {
            byName.merge(m.name(), m, MetricInfo::merge);
        }
        this.metrics = Map.copyOf(byName);
        Map<String, Set<String>> values = new TreeMap<>();
        labelValues.forEach((label, vs) -> values.computeIfAbsent(label, l -> new TreeSet<>()).addAll(vs));
        byName.values().forEach(m -> m.values().forEach((label, vs) ->
                values.computeIfAbsent(label, l -> new TreeSet<>()).addAll(vs)));
        this.labelValues = Collections.unmodifiableMap(values);
    }

    public static MetricCatalog empty() {
        return new MetricCatalog(List.of());
    }

    /** Every known value of a label, from any metric or from the server's label index. */
    public Set<String> valuesOf(String label) {
        return labelValues.getOrDefault(label, Set.of());
    }

    /** The labels that have this value among their known values. */
    public Set<String> labelsWithValue(String value) {
        Set<String> labels = new TreeSet<>();
        labelValues.forEach((label, vs) -> {
            if (vs.contains(value)) {
                labels.add(label);
            }
        });
        return labels;
    }

    public Collection<MetricInfo> all() {
        return metrics.values();
    }

    public int size() {
        return metrics.size();
    }

    /** A family by its name, or by one of its series' names ({@code x_bucket} finds histogram {@code x}). */
    public Optional<MetricInfo> get(String name) {
        MetricInfo exact = metrics.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (String suffix : SERIES_SUFFIXES) {
            if (name.endsWith(suffix)) {
                MetricInfo family = metrics.get(name.substring(0, name.length() - suffix.length()));
                if (family != null && (family.kind() == MetricKind.HISTOGRAM || family.kind() == MetricKind.SUMMARY)) {
                    return Optional.of(family);
                }
            }
        }
        return Optional.empty();
    }

    public boolean has(String name) {
        return get(name).isPresent();
    }

    /** This catalog with another's knowledge added; on a shared family this one's type and help win. */
    public MetricCatalog with(MetricCatalog other) {
        List<MetricInfo> joined = new java.util.ArrayList<>(metrics.values());
        joined.addAll(other.metrics.values());
        Map<String, Set<String>> values = new TreeMap<>(labelValues);
        other.labelValues.forEach((label, vs) -> values.merge(label, vs, (a, b) -> {
            Set<String> both = new TreeSet<>(a);
            both.addAll(b);
            return both;
        }));
        return new MetricCatalog(joined, values);
    }

    /** The catalog as the linters read it: a family's type, also for its {@code _bucket}/{@code _count}/{@code _sum} series. */
    public MetricTypes types() {
        return name -> get(name).map(MetricInfo::kind).filter(k -> k != MetricKind.UNKNOWN).map(MetricKind::label);
    }
}
