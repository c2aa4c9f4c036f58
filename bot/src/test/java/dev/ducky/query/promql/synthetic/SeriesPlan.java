package dev.ducky.query.promql.synthetic;

import dev.ducky.query.catalog.MetricCatalog;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.catalog.MetricKind;
import dev.ducky.query.promql.PromqlParser;
import dev.ducky.query.promql.ast.Expr;
import dev.ducky.query.promql.ast.Matcher;
import dev.ducky.query.promql.ast.Nodes;
import dev.ducky.query.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which series a synthetic TSDB holds so that the selectors of some PromQL expressions select something: per
 * metric family its type (the catalog's, else read from the name's suffix) and its label sets. A label takes the
 * values the expressions' matchers select, plus one or two others so that a missing filter shows; labels nobody
 * filters on get one value per "identity" (two hosts, two pods), the same across families so that joins match.
 * Scrape labels ({@code job}, …) describe the references' environment: they take the values the references
 * select, and a shown query's values only where no reference selects one.
 */
public final class SeriesPlan {
    /** A family to write; histograms and summaries without {@code le}/{@code quantile}, which the samples add. */
    public record Family(String name, MetricKind kind, List<Map<String, String>> series) {
    }

    private static final int IDENTITIES = 2;
    private static final int MAX_COMBINATIONS = 16;
    private static final int EXTRA_VALUES = 2;
    /** Labels the scrape adds: every family of one exporter (one name prefix) carries the same values. */
    private static final Set<String> TARGET = Set.of("job", "metrics_path", "endpoint", "service", "cluster");
    /** Also scrape labels, unless the catalog lists them as the family's own (a kube-state-metrics pod's namespace). */
    private static final Set<String> TARGET_UNLESS_OWN = Set.of("namespace", "container", "pod");
    /** Plausible values, so that a regex such as {@code device=~"sd.+"} or {@code code=~"5.."} finds some. */
    private static final Map<String, List<String>> POOLS = Map.ofEntries(
            Map.entry("instance", List.of("10.0.0.1:9100", "10.0.0.2:9100")),
            Map.entry("device", List.of("sda", "nvme0n1")),
            Map.entry("fstype", List.of("ext4", "tmpfs")),
            Map.entry("mountpoint", List.of("/", "/run")),
            Map.entry("cpu", List.of("0", "1")),
            Map.entry("code", List.of("200", "500")),
            Map.entry("namespace", List.of("default", "kube-system")),
            Map.entry("verb", List.of("GET", "POST")),
            Map.entry("method", List.of("GET", "POST")));
    /** An alternative of a regex that matches only itself, near enough: {@code requests.cpu}, not {@code 5..}. */
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_/:-]+(\\.[A-Za-z0-9_/:-]+)*");

    private SeriesPlan() {
    }

    /**
     * The families that the selectors of the references and of the other (translated) expressions name;
     * expressions that do not parse are left out.
     */
    public static List<Family> of(Collection<String> references, Collection<String> others, MetricCatalog catalog) {
        Map<String, List<VectorSelector>> fromReferences = selectors(references);
        Map<String, List<VectorSelector>> fromOthers = selectors(others);
        Set<String> seriesNames = new TreeSet<>(fromReferences.keySet());
        seriesNames.addAll(fromOthers.keySet());
        Map<String, Draft> drafts = new TreeMap<>();
        for (String name : seriesNames) {
            Draft draft = drafts.computeIfAbsent(familyName(name, catalog, seriesNames),
                    family -> new Draft(family, kind(name, family, catalog), catalog.get(name)));
            fromReferences.getOrDefault(name, List.of()).forEach(v -> draft.add(v, true));
            fromOthers.getOrDefault(name, List.of()).forEach(v -> draft.add(v, false));
        }
        Map<String, Map<String, Set<String>>> targetPools = targetPools(drafts.values());
        List<Family> families = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            families.add(new Family(draft.name, draft.kind,
                    draft.series(targetPools.getOrDefault(prefix(draft.name), Map.of()))));
        }
        return families;
    }

    private static Map<String, List<VectorSelector>> selectors(Collection<String> exprs) {
        Map<String, List<VectorSelector>> byName = new TreeMap<>();
        for (String expr : exprs) {
            Expr parsed = PromqlParser.parse(expr).expr();
            if (parsed == null) {
                continue;
            }
            for (Expr node : Nodes.preorder(parsed)) {
                if (node instanceof VectorSelector v && !v.metric().isEmpty()) {
                    byName.computeIfAbsent(v.metric(), n -> new ArrayList<>()).add(v);
                }
            }
        }
        return byName;
    }

    private static String familyName(String seriesName, MetricCatalog catalog, Set<String> seriesNames) {
        var known = catalog.get(seriesName);
        if (known.isPresent() && known.get().kind() != MetricKind.UNKNOWN) {
            return known.get().name();
        }
        String base = histogramBase(seriesName, seriesNames);
        return base != null ? base : seriesName;
    }

    private static MetricKind kind(String seriesName, String family, MetricCatalog catalog) {
        var known = catalog.get(seriesName);
        if (known.isPresent() && known.get().kind() != MetricKind.UNKNOWN) {
            return known.get().kind();
        }
        if (!family.equals(seriesName)) {
            return MetricKind.HISTOGRAM;
        }
        return seriesName.matches(".*_(total|count|sum)") ? MetricKind.COUNTER : MetricKind.GAUGE;
    }

    /** {@code x} for {@code x_bucket}, and for {@code x_count}/{@code x_sum} when {@code x_bucket} is selected too. */
    private static String histogramBase(String seriesName, Set<String> seriesNames) {
        for (String suffix : List.of("_bucket", "_count", "_sum")) {
            if (seriesName.endsWith(suffix)) {
                String base = seriesName.substring(0, seriesName.length() - suffix.length());
                if (suffix.equals("_bucket") || seriesNames.contains(base + "_bucket")) {
                    return base;
                }
            }
        }
        return null;
    }

    /**
     * Per exporter (name prefix), the values of each scrape label: those the references select on any of its
     * families, else those the other expressions select.
     */
    private static Map<String, Map<String, Set<String>>> targetPools(Collection<Draft> drafts) {
        Map<String, Map<String, Set<String>>> byReferences = new TreeMap<>();
        Map<String, Map<String, Set<String>>> byAll = new TreeMap<>();
        for (Draft draft : drafts) {
            pool(draft, draft.selectedByReferences, byReferences);
            pool(draft, draft.selected, byAll);
        }
        byReferences.forEach((prefix, labels) -> byAll.get(prefix).putAll(labels));
        return byAll;
    }

    private static void pool(Draft draft, Map<String, Set<String>> selected, Map<String, Map<String, Set<String>>> pools) {
        selected.forEach((label, values) -> {
            if (draft.isTarget(label) && !values.isEmpty()) {
                pools.computeIfAbsent(prefix(draft.name), p -> new TreeMap<>())
                        .computeIfAbsent(label, l -> new TreeSet<>()).addAll(values);
            }
        });
    }

    static String prefix(String family) {
        String[] parts = family.split("[_:]", 2);
        return parts[0];
    }

    /** The values a matcher asks for: an equality's value, a regex's literal alternatives; none for the rest. */
    static List<String> selectedValues(Matcher m) {
        if (m.type() == Matcher.MatchType.EQUAL) {
            return List.of(m.value());
        }
        if (m.type() != Matcher.MatchType.REGEX) {
            return List.of();
        }
        String regex = m.value().replaceAll("^\\^|\\$$", "");
        if (regex.startsWith("(") && regex.endsWith(")") && regex.indexOf('(', 1) < 0) {
            regex = regex.substring(regex.startsWith("(?:") ? 3 : 1, regex.length() - 1);
        }
        List<String> values = List.of(regex.split("\\|", -1));
        return values.stream().allMatch(v -> LITERAL.matcher(v).matches()) ? values : List.of();
    }

    /** What the selectors of one family ask for. */
    private static final class Draft {
        final String name;
        final MetricKind kind;
        final Set<String> own = new TreeSet<>();
        final Map<String, Set<String>> vocabulary = new TreeMap<>();
        final Map<String, Set<String>> selected = new TreeMap<>();
        final Map<String, Set<String>> selectedByReferences = new TreeMap<>();
        /** Labels the samples add: a histogram's {@code le}, a summary's {@code quantile}. */
        final Set<String> writtenBySamples;

        Draft(String name, MetricKind kind, java.util.Optional<MetricInfo> info) {
            this.name = name;
            this.kind = kind;
            this.writtenBySamples = kind == MetricKind.HISTOGRAM ? Set.of("__name__", "le")
                    : kind == MetricKind.SUMMARY ? Set.of("__name__", "quantile") : Set.of("__name__");
            info.ifPresent(i -> {
                own.addAll(i.labels());
                i.values().forEach((label, values) -> vocabulary.put(label, new LinkedHashSet<>(values)));
            });
            own.removeAll(writtenBySamples);
        }

        void add(VectorSelector v, boolean byReference) {
            for (Matcher m : v.matchers()) {
                if (!writtenBySamples.contains(m.name())) {
                    selected.computeIfAbsent(m.name(), l -> new TreeSet<>()).addAll(selectedValues(m));
                    if (byReference) {
                        selectedByReferences.computeIfAbsent(m.name(), l -> new TreeSet<>()).addAll(selectedValues(m));
                    }
                }
            }
        }

        boolean isTarget(String label) {
            return TARGET.contains(label) || TARGET_UNLESS_OWN.contains(label) && !own.contains(label);
        }

        List<Map<String, String>> series(Map<String, Set<String>> targetPool) {
            Set<String> labels = new TreeSet<>(own);
            labels.addAll(selected.keySet());
            labels.add("instance");
            labels.add("job");
            labels.addAll(targetPool.keySet());
            Map<String, List<String>> dimensions = new LinkedHashMap<>();
            Map<String, Integer> required = new LinkedHashMap<>();
            List<String> perIdentity = new ArrayList<>();
            for (String label : labels) {
                if (isTarget(label) && targetPool.containsKey(label)) {
                    dimensions.put(label, new ArrayList<>(targetPool.get(label)));
                    required.put(label, targetPool.get(label).size());
                } else if (label.equals("job")) {
                    dimensions.put(label, List.of(prefix(name)));
                    required.put(label, 1);
                } else if (!isTarget(label) && (!selected.getOrDefault(label, Set.of()).isEmpty()
                        || vocabulary.containsKey(label))) {
                    Set<String> chosen = selected.getOrDefault(label, Set.of());
                    dimensions.put(label, withOthers(label, chosen));
                    required.put(label, chosen.size());
                } else {
                    perIdentity.add(label);
                }
            }
            trim(dimensions, required);
            Set<Map<String, String>> series = new LinkedHashSet<>();
            for (int identity = 0; identity < IDENTITIES; identity++) {
                for (Map<String, String> combination : combinations(dimensions)) {
                    Map<String, String> set = new TreeMap<>(combination);
                    for (String label : perIdentity) {
                        set.put(label, POOLS.getOrDefault(label, List.of(label + "-1", label + "-2")).get(identity));
                    }
                    set.values().removeIf(String::isEmpty);
                    series.add(set);
                }
            }
            return List.copyOf(series);
        }

        /** The selected values, then up to two others: the catalog's vocabulary, else a plausible or made-up one. */
        private List<String> withOthers(String label, Set<String> chosen) {
            List<String> values = new ArrayList<>(chosen);
            List<String> others = new ArrayList<>(vocabulary.getOrDefault(label, Set.of()));
            if (others.isEmpty()) {
                others.addAll(POOLS.getOrDefault(label, List.of()));
                others.add(label + "-other");
            }
            others.removeAll(chosen);
            int limit = vocabulary.containsKey(label) ? EXTRA_VALUES : 1;
            values.addAll(others.subList(0, Math.min(limit, others.size())));
            return values;
        }
    }

    /** Drops values (others before selected ones, from the longest list) until the combinations are few enough. */
    private static void trim(Map<String, List<String>> dimensions, Map<String, Integer> required) {
        while (dimensions.values().stream().mapToLong(List::size).reduce(1, (a, b) -> a * b) > MAX_COMBINATIONS) {
            String longest = dimensions.entrySet().stream()
                    .filter(e -> e.getValue().size() > 1)
                    .max(java.util.Comparator.comparingInt((Map.Entry<String, List<String>> e) ->
                            e.getValue().size() > required.get(e.getKey()) ? 1 : 0)
                            .thenComparingInt(e -> e.getValue().size()))
                    .map(Map.Entry::getKey).orElseThrow();
            List<String> values = new ArrayList<>(dimensions.get(longest));
            values.remove(values.size() - 1);
            dimensions.put(longest, values);
            required.computeIfPresent(longest, (l, n) -> Math.min(n, values.size()));
        }
    }

    private static List<Map<String, String>> combinations(Map<String, List<String>> dimensions) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new TreeMap<>());
        dimensions.forEach((label, values) -> {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String value : values) {
                    Map<String, String> extended = new TreeMap<>(partial);
                    extended.put(label, value);
                    next.add(extended);
                }
            }
            out.clear();
            out.addAll(next);
        });
        return out;
    }
}
