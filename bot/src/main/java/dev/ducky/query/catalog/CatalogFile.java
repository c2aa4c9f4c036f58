package dev.ducky.query.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A metric catalog file (DUCKY_CATALOG), YAML or JSON: {@code metrics:} a list of {@code name}, {@code type},
 * {@code help}, {@code labels} (names) and optional {@code values} (label → known values). The bundled default
 * catalog uses the same format.
 */
public final class CatalogFile {
    static final String BUNDLED = "/dev/ducky/query/catalog/default-catalog.yml";
    private static final Set<String> KEYS = Set.of("name", "type", "help", "labels", "values");

    private CatalogFile() {
    }

    public static MetricCatalog read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new CatalogFormatException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The default catalog shipped in the jar: node-exporter, kube-state-metrics, cAdvisor, etcd, Prometheus… */
    public static MetricCatalog bundled() {
        try (InputStream in = CatalogFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new CatalogFormatException("the bundled catalog is missing from the jar: " + BUNDLED, null);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled catalog");
        } catch (IOException e) {
            throw new CatalogFormatException("cannot read the bundled catalog", e);
        }
    }

    static MetricCatalog parse(String text, String origin) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new CatalogFormatException(origin + ": not YAML or JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + ")", e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("metrics") instanceof List<?> entries)) {
            throw new CatalogFormatException(origin + ": expected a top-level 'metrics:' list", null);
        }
        List<MetricInfo> metrics = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            metrics.add(entry(entries.get(i), origin + ": metrics[" + i + "]"));
        }
        return new MetricCatalog(metrics);
    }

    private static MetricInfo entry(Object raw, String where) {
        if (!(raw instanceof Map<?, ?> e) || !(e.get("name") instanceof String name)) {
            throw new CatalogFormatException(where + ": needs a 'name'", null);
        }
        for (Object key : e.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new CatalogFormatException(where + " (" + name + "): unknown key '" + key
                        + "' (a comma in an unquoted help text?)", null);
            }
        }
        Set<String> labels = new LinkedHashSet<>(strings(e.get("labels"), where + ".labels"));
        Map<String, Set<String>> values = new LinkedHashMap<>();
        if (e.get("values") instanceof Map<?, ?> vs) {
            vs.forEach((label, list) -> {
                values.put(String.valueOf(label), new LinkedHashSet<>(strings(list, where + ".values." + label)));
                labels.add(String.valueOf(label));
            });
        } else if (e.get("values") != null) {
            throw new CatalogFormatException(where + ".values: expected a map of label to values", null);
        }
        try {
            return new MetricInfo(name, MetricKind.parse(string(e.get("type"))), string(e.get("help")), labels, values);
        } catch (IllegalArgumentException bad) {
            throw new CatalogFormatException(where + ": " + bad.getMessage(), bad);
        }
    }

    private static List<String> strings(Object raw, String where) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw new CatalogFormatException(where + ": expected a list", null);
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static String string(Object raw) {
        return raw == null ? null : String.valueOf(raw);
    }
}
