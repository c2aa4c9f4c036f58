package dev.ducky.query.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.Fixtures;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogFileTest {
    @Test
    void theBundledCatalogCoversWhatMostTeamsRun() {
        MetricCatalog bundled = CatalogFile.bundled();
        assertTrue(bundled.size() > 250, "size " + bundled.size());
        for (String name : new String[] {"node_cpu_seconds_total", "kube_pod_status_phase", "container_memory_working_set_bytes",
                "kubelet_volume_stats_available_bytes", "apiserver_request_total", "etcd_server_has_leader", "up",
                "prometheus_rule_evaluation_failures_total", "alertmanager_notifications_failed_total",
                "http_requests_total", "http_request_duration_seconds"}) {
            assertTrue(bundled.has(name), name);
        }
        assertEquals(Optional.of("histogram"), bundled.types().typeOf("http_request_duration_seconds_bucket"));
        assertEquals(Optional.of("counter"), bundled.types().typeOf("node_cpu_seconds_total"));
        assertEquals(Optional.empty(), bundled.types().typeOf("no_such_metric"));
        assertTrue(bundled.valuesOf("phase").contains("Pending"));
    }

    @Test
    void readsYamlAndJson() {
        MetricCatalog yaml = CatalogFile.parse(Fixtures.read("translate/catalog.yml", java.util.Map.of()), "catalog.yml");
        MetricInfo postings = yaml.get("ledger_postings_total").orElseThrow();
        assertEquals(MetricKind.COUNTER, postings.kind());
        assertEquals(Set.of("ok", "rejected", "conflict"), postings.valuesOf("outcome"));
        assertEquals("http requests by route, status code", yaml.get("http_requests_total").orElseThrow().help());
        assertEquals(Set.of("service"), yaml.labelsWithValue("ledger"));
        MetricCatalog json = CatalogFile.parse(Fixtures.read("translate/catalog.json", java.util.Map.of()), "catalog.json");
        assertEquals(MetricKind.GAUGE, json.get("queue_depth").orElseThrow().kind());
    }

    @Test
    void anUnquotedCommaInHelpIsReportedNotMisread() {
        var error = assertThrows(CatalogFormatException.class, () -> CatalogFile.parse(
                Fixtures.read("translate/catalog-unknown-key.yml", java.util.Map.of()), "bad.yml"));
        assertTrue(error.getMessage().contains("bad.yml: metrics[0] (broken_metric): unknown key 'which ends it'"),
                error.getMessage());
    }

    @Test
    void malformedCatalogsSayWhere() {
        assertTrue(assertThrows(CatalogFormatException.class, () -> CatalogFile.parse("hello: [1", "x.yml"))
                .getMessage().startsWith("x.yml: not YAML or JSON"));
        assertEquals("x.yml: expected a top-level 'metrics:' list",
                assertThrows(CatalogFormatException.class, () -> CatalogFile.parse("metric: []", "x.yml")).getMessage());
        assertEquals("x.yml: metrics[1]: needs a 'name'", assertThrows(CatalogFormatException.class,
                () -> CatalogFile.parse("metrics: [{name: a}, {type: gauge}]", "x.yml")).getMessage());
        assertEquals("x.yml: metrics[0]: not a metric name: 'no-dashes'", assertThrows(CatalogFormatException.class,
                () -> CatalogFile.parse("metrics: [{name: no-dashes}]", "x.yml")).getMessage());
    }

    @Test
    void aFamilyKnownTwiceKeepsTheFirstTypeAndJoinsLabels() {
        MetricCatalog a = new MetricCatalog(java.util.List.of(new MetricInfo("m_total", MetricKind.COUNTER, "first",
                java.util.List.of("a"))));
        MetricCatalog b = new MetricCatalog(java.util.List.of(new MetricInfo("m_total", MetricKind.UNKNOWN, "",
                Set.of("b"), java.util.Map.of("b", Set.of("x")))));
        MetricInfo joined = a.with(b).get("m_total").orElseThrow();
        assertEquals(MetricKind.COUNTER, joined.kind());
        assertEquals("first", joined.help());
        assertEquals(Set.of("a", "b"), joined.labels());
        assertEquals(Set.of("x"), joined.valuesOf("b"));
    }
}
