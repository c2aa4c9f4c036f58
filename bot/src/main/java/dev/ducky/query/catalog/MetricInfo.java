package dev.ducky.query.catalog;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One metric family as the catalog knows it.
 *
 * @param name   the family name (a histogram's name without {@code _bucket})
 * @param kind   its type
 * @param help   what it measures, in plain words; "" when unknown
 * @param labels its label names
 * @param values known values of some labels (a fixed vocabulary such as pod phases, or values seen in runbooks)
 */
public record MetricInfo(String name, MetricKind kind, String help, Set<String> labels, Map<String, Set<String>> values) {
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    public MetricInfo {
        Objects.requireNonNull(name, "name");
        if (!METRIC_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a metric name: '" + name + "'");
        }
        Objects.requireNonNull(kind, "kind");
        help = help == null ? "" : help.strip();
        labels = Set.copyOf(new LinkedHashSet<>(labels));
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        values.forEach((label, vs) -> copy.put(label, Set.copyOf(vs)));
        values = Map.copyOf(copy);
    }

    public MetricInfo(String name, MetricKind kind, String help, List<String> labels) {
        this(name, kind, help, Set.copyOf(labels), Map.of());
    }

    public boolean hasLabel(String label) {
        return labels.contains(label);
    }

    /** The known values of a label, empty when none are known. */
    public Set<String> valuesOf(String label) {
        return values.getOrDefault(label, Set.of());
    }

    /** What both know about the same family: the first's type and help unless unknown, labels and values joined. */
    public MetricInfo merge(MetricInfo other) {
        if (!other.name.equals(name)) {
            throw new IllegalArgumentException("cannot merge " + other.name + " into " + name);
        }
        Set<String> allLabels = new LinkedHashSet<>(labels);
        allLabels.addAll(other.labels);
        Map<String, Set<String>> allValues = new LinkedHashMap<>();
        values.forEach((label, vs) -> allValues.put(label, new LinkedHashSet<>(vs)));
        other.values.forEach((label, vs) -> allValues.computeIfAbsent(label, l -> new LinkedHashSet<>()).addAll(vs));
        return new MetricInfo(name, kind == MetricKind.UNKNOWN ? other.kind : kind, help.isEmpty() ? other.help : help,
                allLabels, allValues);
    }
}
