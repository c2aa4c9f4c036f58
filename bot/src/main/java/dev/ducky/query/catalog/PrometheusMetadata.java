package dev.ducky.query.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A team's own metrics, from their Prometheus server's metadata endpoints: {@code /api/v1/metadata} (name,
 * type, help) and {@code /api/v1/label/NAME/values} for the labels that name services and places.
 */
public final class PrometheusMetadata {
    /** Labels whose values name what responders talk about ("checkout", "shop", "node-exporter"). */
    static final List<String> IDENTITY_LABELS = List.of("service", "app", "job", "namespace", "container", "deployment");

    private final MetadataHttp http;

    public PrometheusMetadata(String baseUrl) {
        this.http = new MetadataHttp(baseUrl);
    }

    /** Every metric family the server describes, with the identity labels' values. */
    public MetricCatalog read() {
        List<MetricInfo> metrics = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> families = http.data("/api/v1/metadata").fields();
        while (families.hasNext()) {
            Map.Entry<String, JsonNode> family = families.next();
            JsonNode first = family.getValue().path(0);
            try {
                metrics.add(new MetricInfo(family.getKey(), MetricKind.parse(first.path("type").asText(null)),
                        first.path("help").asText(""), List.of()));
            } catch (IllegalArgumentException notAMetricName) {
                // a server can describe names PromQL cannot select by name; they are of no use to a translator
            }
        }
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String label : IDENTITY_LABELS) {
            Set<String> seen = new LinkedHashSet<>();
            http.data("/api/v1/label/" + MetadataHttp.segment(label) + "/values").forEach(v -> seen.add(v.asText()));
            if (!seen.isEmpty()) {
                values.put(label, seen);
            }
        }
        return new MetricCatalog(metrics, values);
    }
}
