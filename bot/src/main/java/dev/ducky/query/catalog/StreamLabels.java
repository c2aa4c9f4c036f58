package dev.ducky.query.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Log stream labels that name services and places, with their known values, in order of preference
 * (from Loki's label endpoints or from the runbooks' LogQL).
 */
public record StreamLabels(Map<String, Set<String>> values) {
    public StreamLabels {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        values.forEach((label, vs) -> copy.put(label, Set.copyOf(vs)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public static StreamLabels none() {
        return new StreamLabels(Map.of());
    }

    /** The first label (in preference order) that has this value. */
    public Optional<String> labelFor(String value) {
        return values.entrySet().stream().filter(e -> e.getValue().contains(value)).map(Map.Entry::getKey).findFirst();
    }

    /** Both sources' labels and values, this one's first. */
    public StreamLabels with(StreamLabels other) {
        Map<String, Set<String>> joined = new LinkedHashMap<>();
        values.forEach((label, vs) -> joined.put(label, new java.util.LinkedHashSet<>(vs)));
        other.values.forEach((label, vs) -> joined.computeIfAbsent(label, l -> new java.util.LinkedHashSet<>()).addAll(vs));
        return new StreamLabels(joined);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
