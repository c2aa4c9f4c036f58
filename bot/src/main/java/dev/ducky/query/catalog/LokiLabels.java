package dev.ducky.query.catalog;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stream labels a Loki server knows, from {@code /loki/api/v1/labels} and {@code /loki/api/v1/label/NAME/values}
 * (metadata only), so a log query selects streams by a label that exists.
 */
public final class LokiLabels {
    private static final List<String> STREAM_IDENTITY = List.of("service_name", "app", "service", "namespace",
            "container", "job");

    private final MetadataHttp http;

    public LokiLabels(String baseUrl) {
        this.http = new MetadataHttp(baseUrl);
    }

    /** The identity labels the server has, each with its values, in order of preference. */
    public StreamLabels read() {
        Set<String> names = new LinkedHashSet<>();
        http.data("/loki/api/v1/labels").forEach(n -> names.add(n.asText()));
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String label : STREAM_IDENTITY) {
            if (names.contains(label)) {
                Set<String> seen = new LinkedHashSet<>();
                http.data("/loki/api/v1/label/" + MetadataHttp.segment(label) + "/values").forEach(v -> seen.add(v.asText()));
                values.put(label, seen);
            }
        }
        return new StreamLabels(values);
    }
}
