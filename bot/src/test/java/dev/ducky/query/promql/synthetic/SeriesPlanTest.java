package dev.ducky.query.promql.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.catalog.MetricCatalog;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.catalog.MetricKind;
import dev.ducky.query.promql.ast.Matcher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeriesPlanTest {
    private static final MetricCatalog CATALOG = new MetricCatalog(List.of(
            new MetricInfo("node_filesystem_avail_bytes", MetricKind.GAUGE, "", List.of("instance", "job", "device")),
            new MetricInfo("node_filesystem_size_bytes", MetricKind.GAUGE, "", List.of("instance", "job", "device")),
            new MetricInfo("node_cpu_seconds_total", MetricKind.COUNTER, "", Set.of("instance", "job", "cpu", "mode"),
                    Map.of("mode", Set.of("idle", "user", "system", "iowait")))));

    @Test
    void familiesOfOneExporterShareTheSelectedJobSoThatJoinsMatch() {
        Map<String, SeriesPlan.Family> plan = plan(
                "node_filesystem_avail_bytes{job=\"node-exporter\"} / node_filesystem_size_bytes");
        List<Map<String, String>> avail = plan.get("node_filesystem_avail_bytes").series();
        assertEquals(avail, plan.get("node_filesystem_size_bytes").series());
        assertEquals(2, avail.size());
        assertTrue(avail.stream().allMatch(s -> s.get("job").equals("node-exporter")));
    }

    @Test
    void scrapeLabelsTakeTheReferencesValuesOverOtherExpressions() {
        List<Map<String, String>> series = SeriesPlan.of(List.of("up{job=\"apiserver\"}"),
                        List.of("up{job=\"kube-apiserver\"}", "rpc_errors_total{job=\"rpc\"}"), CATALOG).stream()
                .filter(f -> f.name().equals("up")).findFirst().orElseThrow().series();
        assertTrue(series.stream().allMatch(s -> s.get("job").equals("apiserver")), series.toString());
        assertEquals(Set.of("rpc"), SeriesPlan.of(List.of(), List.of("rpc_errors_total{job=\"rpc\"}"), CATALOG)
                .get(0).series().stream().map(s -> s.get("job")).collect(Collectors.toSet()));
    }

    @Test
    void aQuantileIsAnOrdinaryLabelOfAGauge() {
        assertTrue(plan("rule:quantile{quantile=\"0.99\"}").get("rule:quantile").series().stream()
                .anyMatch(s -> "0.99".equals(s.get("quantile"))));
    }

    @Test
    void aSelectedValueComesWithOthersSoThatAMissingFilterShows() {
        List<Map<String, String>> cpu = plan("rate(node_cpu_seconds_total{mode=\"idle\"}[5m])")
                .get("node_cpu_seconds_total").series();
        Set<String> modes = cpu.stream().map(s -> s.get("mode")).collect(Collectors.toSet());
        assertTrue(modes.contains("idle") && modes.size() == 3, modes.toString());
        assertEquals(MetricKind.COUNTER, plan("node_cpu_seconds_total").get("node_cpu_seconds_total").kind());
    }

    @Test
    void typesOfUnknownMetricsComeFromTheirSuffixes() {
        Map<String, SeriesPlan.Family> plan = plan(
                "histogram_quantile(0.9, rate(rpc_seconds_bucket{code=~\"5..\"}[5m])) / rpc_seconds_count",
                "rate(errors_total[5m]) + queue_length");
        assertEquals(MetricKind.HISTOGRAM, plan.get("rpc_seconds").kind());
        assertEquals(MetricKind.COUNTER, plan.get("errors_total").kind());
        assertEquals(MetricKind.GAUGE, plan.get("queue_length").kind());
        assertEquals(Set.of("rpc_seconds", "errors_total", "queue_length"), plan.keySet());
        assertTrue(plan.get("rpc_seconds").series().stream().anyMatch(s -> s.get("code").matches("5..")));
    }

    @Test
    void regexesGiveTheirLiteralAlternatives() {
        assertEquals(List.of("Pending", "Unknown"), SeriesPlan.selectedValues(regex("Pending|Unknown")));
        assertEquals(List.of("cpu", "requests.cpu"), SeriesPlan.selectedValues(regex("(cpu|requests.cpu)")));
        assertEquals(List.of(), SeriesPlan.selectedValues(regex("5..")));
        assertEquals(List.of(), SeriesPlan.selectedValues(regex("(/dev/)?(sd.+|nvme.+)")));
    }

    private static Matcher regex(String value) {
        return new Matcher("x", Matcher.MatchType.REGEX, value, false);
    }

    private static Map<String, SeriesPlan.Family> plan(String... exprs) {
        return SeriesPlan.of(List.of(exprs), List.of(), CATALOG).stream()
                .collect(Collectors.toMap(SeriesPlan.Family::name, Function.identity()));
    }
}
