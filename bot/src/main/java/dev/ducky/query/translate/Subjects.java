package dev.ducky.query.translate;

import dev.ducky.query.catalog.MetricCatalog;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.catalog.StreamLabels;
import dev.ducky.query.words.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question is about — services, namespaces, routes — as label matchers for a chosen metric. A name
 * the catalog knows ("checkout" is a {@code service}) is used with its own label; a name it does not know but
 * the question clearly calls a service ("the ledger service") is filtered on the metric's service label, and
 * the explanation says so.
 */
public final class Subjects {
    /** Labels whose values name what responders talk about, in the order they are preferred. */
    public static final List<String> IDENTITY = List.of("service", "app", "container", "job", "deployment", "statefulset",
            "daemonset", "namespace", "route", "handler", "peer", "queue", "provider", "cluster", "persistentvolumeclaim");
    private static final List<String> SERVICE_LIKE = List.of("service", "app", "container", "job", "deployment");
    private static final Pattern NAMED = Pattern.compile("\\b(?:the\\s+)?([a-z0-9][a-z0-9-]{1,40})(?:'s|\\s+(?:service|svc|"
            + "app|application|microservice|deployment))\\b|\\b(?:for|of)\\s+(?:the\\s+)?([a-z0-9][a-z0-9-]{1,40})\\s*\\??\\s*$");
    private static final Set<String> NOT_NAMES = Set.of("kubernetes", "k8s", "kube", "http", "grpc", "rest", "web", "api",
            "each", "every", "any", "which", "what", "this", "that", "our", "my", "all", "now", "today", "it", "them",
            "those", "these", "one", "prometheus", "alertmanager", "etcd", "node", "host", "backend", "frontend", "main",
            "whole", "entire", "same", "other", "new", "old", "broken", "affected", "degraded", "a", "an", "time", "day",
            "hour", "minute", "week", "yesterday", "sure", "me", "you", "us", "we");

    private final Map<String, Map<String, String>> known = new LinkedHashMap<>(); // word → label → value
    private final List<String> unknown = new ArrayList<>();

    public Subjects(Question q, CatalogIndex index, StreamLabels streams) {
        Map<String, Map<String, String>> byLower = valueIndex(index.catalog(), streams);
        for (String word : q.words()) {
            Map<String, String> labels = byLower.get(word);
            if (labels != null) {
                known.put(word, labels);
            }
        }
        Matcher m = NAMED.matcher(q.lower());
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            boolean measured = Terms.of(word).stream().anyMatch(index::knowsTerm);
            if (!known.containsKey(word) && !NOT_NAMES.contains(word) && !measured && Terms.of(word).size() == 1
                    && !word.chars().allMatch(Character::isDigit)) {
                unknown.add(word);
            }
        }
    }

    private static Map<String, Map<String, String>> valueIndex(MetricCatalog catalog, StreamLabels streams) {
        Map<String, Map<String, String>> index = new LinkedHashMap<>();
        for (String label : IDENTITY) {
            for (String value : catalog.valuesOf(label)) {
                index.computeIfAbsent(value.toLowerCase(Locale.ROOT), v -> new LinkedHashMap<>()).putIfAbsent(label, value);
            }
        }
        streams.values().forEach((label, values) -> values.forEach(value ->
                index.computeIfAbsent(value.toLowerCase(Locale.ROOT), v -> new LinkedHashMap<>()).putIfAbsent(label, value)));
        return index;
    }

    /** Whether the question names any service, namespace or other subject. */
    public boolean any() {
        return !known.isEmpty() || !unknown.isEmpty();
    }

    /** The names, as asked. */
    public List<String> names() {
        List<String> names = new ArrayList<>(known.keySet());
        names.addAll(unknown);
        return names;
    }

    /** Matchers for this metric; {@code notes} receives a line for each assumption made. */
    public List<Selector.Match> filtersFor(MetricInfo metric, List<String> notes) {
        List<Selector.Match> matches = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        known.forEach((word, labels) -> {
            Optional<Map.Entry<String, String>> own = labels.entrySet().stream()
                    .filter(e -> metric.hasLabel(e.getKey()) && !used.contains(e.getKey())).findFirst();
            if (own.isPresent()) {
                used.add(own.get().getKey());
                matches.add(Selector.Match.eq(own.get().getKey(), own.get().getValue()));
            } else if (labels.keySet().stream().anyMatch(SERVICE_LIKE::contains)) {
                serviceLabel(metric, used).ifPresent(label -> {
                    used.add(label);
                    matches.add(Selector.Match.eq(label, labels.values().iterator().next()));
                    notes.add("`" + label + "=\"" + labels.values().iterator().next() + "\"` assumes " + metric.name()
                            + " names " + word + " by its `" + label + "` label.");
                });
            }
        });
        for (String word : unknown) {
            Optional<String> label = serviceLabel(metric, used);
            if (label.isPresent()) {
                used.add(label.get());
                matches.add(Selector.Match.eq(label.get(), word));
                notes.add("I don't know \"" + word + "\" from your metrics: `" + label.get() + "=\"" + word
                        + "\"` is my guess at how it is labelled.");
            }
        }
        return matches;
    }

    /** The stream matchers for a log query: each name by the stream label that has it, in the streams' order. */
    public List<Selector.Match> streamFilters(StreamLabels streams, List<String> notes) {
        List<Selector.Match> matches = new ArrayList<>();
        known.forEach((word, labels) -> streams.values().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(v -> v.equalsIgnoreCase(word)))
                .map(e -> Selector.Match.eq(e.getKey(), e.getValue().stream().filter(v -> v.equalsIgnoreCase(word))
                        .findFirst().orElse(word)))
                .findFirst()
                .or(() -> labels.entrySet().stream().filter(e -> SERVICE_LIKE.contains(e.getKey())).findFirst()
                        .map(e -> {
                            String label = streamIdentity(streams);
                            notes.add("`" + label + "=\"" + e.getValue() + "\"` assumes your log streams name "
                                    + word + " by `" + label + "`.");
                            return Selector.Match.eq(label, e.getValue());
                        }))
                .ifPresent(matches::add));
        for (String word : unknown) {
            String label = streamIdentity(streams);
            matches.add(Selector.Match.eq(label, word));
            notes.add("`" + label + "=\"" + word + "\"` is my guess at how your log streams name " + word + ".");
        }
        return matches;
    }

    /** The stream label that names services: the first Loki or the runbooks know, else {@code app}. */
    public static String streamIdentity(StreamLabels streams) {
        return streams.values().keySet().stream().filter(l -> !l.equals("namespace")).findFirst().orElse("app");
    }

    private static Optional<String> serviceLabel(MetricInfo metric, Set<String> used) {
        return SERVICE_LIKE.stream().filter(metric::hasLabel).filter(l -> !used.contains(l)).findFirst();
    }
}
