package dev.ducky.query.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ducky.query.QueryLanguage;
import dev.ducky.query.words.PromDuration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Links that open a query in the team's own tool — Grafana Explore with the configured data source, or
 * Prometheus's graph page — for the human to run. Building a link runs nothing.
 *
 * @param grafanaUrl        base URL of Grafana, or null
 * @param promDatasource    uid of Grafana's Prometheus data source, or null
 * @param lokiDatasource    uid of Grafana's Loki data source, or null
 * @param prometheusUrl     base URL of Prometheus, or null
 */
public record QueryLinks(String grafanaUrl, String promDatasource, String lokiDatasource, String prometheusUrl) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter PROMETHEUS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    public static QueryLinks none() {
        return new QueryLinks(null, null, null, null);
    }

    /** Where to open the query, if anything is configured that can open it. */
    public Optional<String> forQuery(QueryLanguage language, String query, TimeRange range) {
        if (language == QueryLanguage.LOGQL) {
            return set(grafanaUrl) && set(lokiDatasource) ? Optional.of(explore(query, lokiDatasource, "loki", range))
                    : Optional.empty();
        }
        if (set(grafanaUrl) && set(promDatasource)) {
            return Optional.of(explore(query, promDatasource, "prometheus", range));
        }
        if (set(prometheusUrl)) {
            return Optional.of(graph(query, range));
        }
        return set(grafanaUrl) ? Optional.of(explore(query, null, "prometheus", range)) : Optional.empty();
    }

    private String explore(String query, String datasource, String type, TimeRange range) {
        ObjectNode pane = JSON.createObjectNode();
        ObjectNode q = JSON.createObjectNode().put("refId", "A").put("expr", query);
        if (datasource != null) {
            pane.put("datasource", datasource);
            q.set("datasource", JSON.createObjectNode().put("type", type).put("uid", datasource));
        }
        pane.set("queries", JSON.createArrayNode().add(q));
        ObjectNode span = JSON.createObjectNode();
        if (range.fixed()) {
            span.put("from", String.valueOf(range.start().toEpochMilli())).put("to", String.valueOf(range.end().toEpochMilli()));
        } else {
            span.put("from", "now-" + PromDuration.format(range.lookback())).put("to", "now");
        }
        pane.set("range", span);
        ObjectNode panes = JSON.createObjectNode();
        panes.set("ducky", pane);
        return trim(grafanaUrl) + "/explore?schemaVersion=1&orgId=1&panes=" + encode(panes.toString());
    }

    private String graph(String query, TimeRange range) {
        StringBuilder url = new StringBuilder(trim(prometheusUrl)).append("/graph?g0.expr=").append(encode(query))
                .append("&g0.tab=0&g0.range_input=").append(PromDuration.format(range.lookback()));
        if (range.fixed()) {
            url.append("&g0.end_input=").append(encode(PROMETHEUS_TIME.format(range.end())));
        }
        return url.toString();
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
