package dev.ducky.query.translate;

import dev.ducky.query.catalog.MetricCatalog;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.words.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog as a small search index: each metric's name and help as terms, weighted by how rare they are,
 * so "correctable memory errors" finds {@code node_edac_correctable_errors_total}.
 */
public final class CatalogIndex {
    private static final double NAME_WEIGHT = 1.0;
    private static final double HELP_WEIGHT = 0.5;
    /** Components whose metrics answer a question only when it names them (etcd's network, not the host's). */
    private static final Set<String> COMPONENTS = Set.of("etcd", "alertmanager", "api", "kubelet", "grpc", "workqueue",
            "scheduler", "aggregator", "go");

    /** A metric and how well a question's terms match it. */
    public record Scored(MetricInfo metric, double score) {
    }

    private final MetricCatalog catalog;
    private final Map<String, Set<String>> nameTerms = new HashMap<>();
    private final Map<String, Set<String>> helpTerms = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final Set<String> systems = new HashSet<>();
    private final Map<String, List<Set<String>>> vocabularies = new HashMap<>();

    public CatalogIndex(MetricCatalog catalog) {
        this.catalog = catalog;
        for (MetricInfo m : catalog.all()) {
            Set<String> name = new HashSet<>(Terms.of(m.name()));
            Set<String> help = new HashSet<>(Terms.of(m.help()));
            List<Set<String>> said = new ArrayList<>();
            m.values().forEach((label, values) -> {
                if (!Subjects.IDENTITY.contains(label) && !label.equals("job")) {
                    values.forEach(v -> said.add(new HashSet<>(Terms.of(v))));
                }
            });
            vocabularies.put(m.name(), said);
            nameTerms.put(m.name(), name);
            helpTerms.put(m.name(), help);
            Set<String> all = new HashSet<>(name);
            all.addAll(help);
            all.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            vocabulary.addAll(all);
            Terms.of(m.name()).stream().findFirst().ifPresent(systems::add);
        }
    }

    public MetricCatalog catalog() {
        return catalog;
    }

    /** Whether a term occurs in any metric's name or help, i.e. it names a thing measured, not a service. */
    public boolean knowsTerm(String term) {
        return vocabulary.contains(term);
    }

    /** How rare a term is across the catalog (inverse document frequency). */
    public double weight(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return df == 0 ? 0 : Math.log(1.0 + (double) catalog.size() / df);
    }

    /** The score of one metric for a question's terms. */
    public double score(MetricInfo metric, List<String> terms) {
        Set<String> name = nameTerms.getOrDefault(metric.name(), Set.of());
        Set<String> help = helpTerms.getOrDefault(metric.name(), Set.of());
        double score = 0;
        Set<String> asked = new HashSet<>(terms);
        Set<String> byValue = new HashSet<>();
        // a value of its fixed vocabulary said in full ("memory pressure", "ready") names the metric as its name does
        for (Set<String> value : vocabularies.getOrDefault(metric.name(), List.of())) {
            if (!value.isEmpty() && asked.containsAll(value)) {
                byValue.addAll(value);
            }
        }
        for (String term : asked) {
            if (name.contains(term) || byValue.contains(term)) {
                score += NAME_WEIGHT * weight(term);
            } else if (help.contains(term)) {
                score += HELP_WEIGHT * weight(term);
            }
        }
        String component = Terms.of(metric.name()).stream().findFirst().orElse("");
        return COMPONENTS.contains(component) && !terms.contains(component) ? score / 2 : score;
    }

    /**
     * Metrics passing the filter, best first (zero scores included). When the question names systems (etcd,
     * kube, node, http…, the first words of metric names), a metric must mention all of them, or failing that
     * one: "etcd http requests" is about {@code etcd_http_*}, not {@code http_requests_total}.
     */
    public List<Scored> rank(List<String> terms, java.util.function.Predicate<MetricInfo> filter) {
        return rank(terms, filter, Set.of());
    }

    /** As {@link #rank(List, java.util.function.Predicate)}, where some terms name services, not systems. */
    public List<Scored> rank(List<String> terms, java.util.function.Predicate<MetricInfo> filter, Set<String> services) {
        Set<String> named = new HashSet<>(terms);
        named.retainAll(systems);
        named.removeAll(services);
        java.util.function.Predicate<MetricInfo> all = m -> mentions(m).containsAll(named);
        java.util.function.Predicate<MetricInfo> any = m -> named.isEmpty() || named.stream().anyMatch(mentions(m)::contains);
        List<Scored> scored = scoreAll(terms, filter.and(all));
        return scored.isEmpty() ? scoreAll(terms, filter.and(any)) : scored;
    }

    private Set<String> mentions(MetricInfo m) {
        Set<String> all = new HashSet<>(nameTerms.getOrDefault(m.name(), Set.of()));
        all.addAll(helpTerms.getOrDefault(m.name(), Set.of()));
        return all;
    }

    private List<Scored> scoreAll(List<String> terms, java.util.function.Predicate<MetricInfo> filter) {
        List<Scored> scored = new ArrayList<>();
        for (MetricInfo m : catalog.all()) {
            if (filter.test(m)) {
                scored.add(new Scored(m, score(m, terms)));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.metric().name()));
        return scored;
    }
}
