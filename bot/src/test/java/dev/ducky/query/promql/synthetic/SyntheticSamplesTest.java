package dev.ducky.query.promql.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.catalog.MetricKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticSamplesTest {
    private static final Instant END = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void countersGrowAndTheSecondSeriesResetsOnce(@TempDir Path dir) throws Exception {
        List<String> lines = write(dir, new SeriesPlan.Family("jobs_total", MetricKind.COUNTER,
                List.of(Map.of("instance", "a"), Map.of("instance", "b"))));
        assertEquals("# EOF", lines.get(lines.size() - 1));
        assertTrue(lines.get(0).matches("jobs_total\\{instance=\"a\"} [0-9.E]+ 1699996400"), lines.get(0));
        assertEquals(0, decreases(values(lines, "instance=\"a\"")));
        assertEquals(1, decreases(values(lines, "instance=\"b\"")));
    }

    @Test
    void histogramBucketsAreCumulative(@TempDir Path dir) throws Exception {
        List<String> lines = write(dir, new SeriesPlan.Family("rpc_seconds", MetricKind.HISTOGRAM,
                List.of(Map.of("instance", "a"))));
        double last = -1;
        for (String le : List.of("0.01", "0.05", "0.1", "0.5", "1", "5", "+Inf")) {
            List<Double> bucket = values(lines, "le=\"" + le + "\"");
            assertEquals(0, decreases(bucket));
            assertTrue(bucket.get(bucket.size() - 1) >= last);
            last = bucket.get(bucket.size() - 1);
        }
        assertEquals(values(lines, "rpc_seconds_count"), values(lines, "le=\"+Inf\""));
    }

    private static List<String> write(Path dir, SeriesPlan.Family family) throws Exception {
        Path file = dir.resolve("samples.om");
        new SyntheticSamples(END, Duration.ofHours(1), Duration.ofSeconds(30)).write(List.of(family), file);
        return Files.readAllLines(file);
    }

    private static List<Double> values(List<String> lines, String part) {
        return lines.stream().filter(l -> l.contains(part)).map(l -> Double.parseDouble(l.split(" ")[1])).toList();
    }

    private static int decreases(List<Double> values) {
        int count = 0;
        for (int i = 1; i < values.size(); i++) {
            count += values.get(i) < values.get(i - 1) ? 1 : 0;
        }
        return count;
    }
}
