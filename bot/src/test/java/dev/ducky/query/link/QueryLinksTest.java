package dev.ducky.query.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.query.QueryLanguage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryLinksTest {
    private static final String QUERY = "sum(rate(http_requests_total{code=~\"5..\"}[5m])) > 0.05 & x";

    private static JsonNode pane(String url) throws Exception {
        String panes = URLDecoder.decode(url.substring(url.indexOf("panes=") + 6), StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(panes).get("ducky");
    }

    @Test
    void exploreOpensTheQueryInTheConfiguredDataSource() throws Exception {
        QueryLinks links = new QueryLinks("https://grafana.example.com/", "prom-uid", "loki-uid", null);
        String url = links.forQuery(QueryLanguage.PROMQL, QUERY, TimeRange.last(Duration.ofHours(3))).orElseThrow();
        assertTrue(url.startsWith("https://grafana.example.com/explore?schemaVersion=1&orgId=1&panes="), url);
        JsonNode pane = pane(url);
        assertEquals("prom-uid", pane.get("datasource").asText());
        assertEquals(QUERY, pane.get("queries").get(0).get("expr").asText());
        assertEquals("prometheus", pane.get("queries").get(0).get("datasource").get("type").asText());
        assertEquals("now-3h", pane.get("range").get("from").asText());
        String logs = links.forQuery(QueryLanguage.LOGQL, "{app=\"x\"}", TimeRange.last(Duration.ofHours(1))).orElseThrow();
        assertEquals("loki-uid", pane(logs).get("datasource").asText());
    }

    @Test
    void theMinutesBeforeAnAlertAreAFixedRange() throws Exception {
        Instant fired = Instant.parse("2026-11-22T14:02:00Z");
        QueryLinks grafana = new QueryLinks("https://grafana.example.com", "prom-uid", null, null);
        JsonNode range = pane(grafana.forQuery(QueryLanguage.PROMQL, "up", TimeRange.before(fired, 10)).orElseThrow())
                .get("range");
        assertEquals(String.valueOf(fired.minusSeconds(600).toEpochMilli()), range.get("from").asText());
        assertEquals(String.valueOf(fired.toEpochMilli()), range.get("to").asText());
        QueryLinks prometheus = new QueryLinks(null, null, null, "http://prometheus:9090");
        assertEquals("http://prometheus:9090/graph?g0.expr=up&g0.tab=0&g0.range_input=10m&g0.end_input=2026-11-22%2014%3A02%3A00",
                prometheus.forQuery(QueryLanguage.PROMQL, "up", TimeRange.before(fired, 10)).orElseThrow());
    }

    @Test
    void withoutAToolThereIsNoLinkAndLogsNeedGrafanasLokiSource() {
        assertEquals(Optional.empty(), QueryLinks.none().forQuery(QueryLanguage.PROMQL, "up", TimeRange.last(Duration.ofHours(1))));
        QueryLinks prometheusOnly = new QueryLinks(null, null, null, "http://prometheus:9090");
        assertEquals(Optional.empty(), prometheusOnly.forQuery(QueryLanguage.LOGQL, "{app=\"x\"}",
                TimeRange.last(Duration.ofHours(1))));
        String graph = prometheusOnly.forQuery(QueryLanguage.PROMQL, QUERY, TimeRange.last(Duration.ofHours(1))).orElseThrow();
        assertEquals(QUERY, URLDecoder.decode(graph.substring(graph.indexOf("g0.expr=") + 8, graph.indexOf("&g0.tab")),
                StandardCharsets.UTF_8));
    }
}
