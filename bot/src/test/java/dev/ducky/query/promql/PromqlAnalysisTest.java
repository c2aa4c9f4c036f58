package dev.ducky.query.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.analysis.MetricTypes;
import dev.ducky.query.analysis.QueryAnalysis;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Explanations and lints of valid queries, from fixture files. */
class PromqlAnalysisTest {
    private final PromqlParser parser = new PromqlParser();

    @TestFactory
    Stream<DynamicTest> explainsEachPartInnermostFirst() {
        return PromqlFixtures.blocks("explanations.txt").stream().map(block -> DynamicTest.dynamicTest(block.get(0),
                () -> {
            List<String> expected = block.subList(1, block.size()).stream().map(l -> l.substring(2)).toList();
            QueryAnalysis analysis = parser.analyze(block.get(0), MetricTypes.UNKNOWN);
            assertTrue(analysis.verdict().valid(), () -> analysis.verdict().error());
            assertEquals(expected, analysis.explanation());
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachLintFiresWhereItShouldAndOnlyThere() {
        return PromqlFixtures.blocks("lints.txt").stream().map(block -> {
            Map<String, String> fields = new HashMap<>();
            for (String line : block.subList(1, block.size())) {
                fields.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1).trim());
            }
            boolean fires = fields.containsKey("fires");
            String rule = fires ? fields.get("fires") : fields.get("quiet");
            return DynamicTest.dynamicTest((fires ? "fires " : "quiet ") + rule + ": " + block.get(0), () -> {
                QueryAnalysis analysis = parser.analyze(block.get(0), catalog(fields.getOrDefault("types", "")),
                        fields.containsKey("labels") ? Set.of(fields.get("labels").split(",\\s*")) : Set.of());
                assertTrue(analysis.verdict().valid(), () -> analysis.verdict().error());
                List<Lint> matching = analysis.lints().stream().filter(l -> l.rule().equals(rule)).toList();
                assertEquals(fires, !matching.isEmpty(), () -> "lints: " + analysis.lints());
                matching.forEach(l -> assertTrue(l.message().endsWith("."), "one sentence: " + l.message()));
            });
        });
    }

    @Test
    void anInvalidQueryHasNeitherExplanationNorLints() {
        QueryAnalysis analysis = parser.analyze("rate(node_load1[5m]", MetricTypes.UNKNOWN);
        assertFalse(analysis.verdict().valid());
        assertEquals(List.of(), analysis.explanation());
        assertEquals(List.of(), analysis.lints());
    }

    @Test
    void theScrapeIntervalSetsWhatIsTooShortForARate() {
        String query = "rate(http_requests_total{job=\"api\"}[2m])";
        assertTrue(lintRules(new PromqlParser(Duration.ofSeconds(60)), query).contains("rate-range-too-short"));
        assertFalse(lintRules(parser, query).contains("rate-range-too-short"));
    }

    @Test
    void lintsTeachWithTheFixSpelledOut() {
        QueryAnalysis analysis = parser.analyze(
                "histogram_quantile(0.99, sum by (route) (rate("
                        + "http_request_duration_seconds_bucket{job=\"api\"}[5m])))",
                MetricTypes.UNKNOWN);
        assertEquals(List.of(new Lint("histogram-quantile-drops-le", "`histogram_quantile` reads the bucket boundaries "
                + "in the `le` label, but `sum by (route) (…)` drops it, so no buckets are left to interpolate: "
                + "keep it with `sum by (route, le) (…)`.")), analysis.lints());
    }

    private static Set<String> lintRules(PromqlParser parser, String query) {
        return parser.analyze(query, MetricTypes.UNKNOWN).lints().stream().map(Lint::rule).collect(Collectors.toSet());
    }

    private static MetricTypes catalog(String entries) {
        Map<String, String> types = Arrays.stream(entries.split(",")).filter(e -> e.contains("="))
                .collect(Collectors.toMap(e -> e.substring(0, e.indexOf('=')).trim(),
                        e -> e.substring(e.indexOf('=') + 1).trim()));
        return metric -> Optional.ofNullable(types.get(metric));
    }
}
