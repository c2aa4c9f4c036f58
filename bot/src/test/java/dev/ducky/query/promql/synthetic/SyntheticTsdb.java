package dev.ducky.query.promql.synthetic;

import dev.ducky.query.catalog.MetricCatalog;
import dev.ducky.query.promql.conformance.Promtool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small TSDB of synthetic series for some PromQL expressions ({@link SeriesPlan}, {@link SyntheticSamples}),
 * written by {@code promtool tsdb create-blocks-from openmetrics} and served by a real Prometheus, so that the
 * expressions can be evaluated at {@link #END}. Closing stops Prometheus and deletes the data.
 */
public final class SyntheticTsdb implements AutoCloseable {
    /** The evaluation time, fixed so that every run sees the same data: 2023-11-14T22:13:20Z. */
    public static final Instant END = Instant.ofEpochSecond(1_700_000_000L);
    public static final Duration SPAN = Duration.ofHours(3);
    public static final Duration STEP = Duration.ofSeconds(30);

    private final List<SeriesPlan.Family> families;
    private final PrometheusServer prometheus;
    private final Path dir;

    private SyntheticTsdb(List<SeriesPlan.Family> families, PrometheusServer prometheus, Path dir) {
        this.families = families;
        this.prometheus = prometheus;
        this.dir = dir;
    }

    /**
     * Writes series for every metric the references and the other expressions select and starts Prometheus on
     * them, in a folder of {@code work} that closing deletes.
     */
    public static SyntheticTsdb start(Collection<String> references, Collection<String> others, MetricCatalog catalog,
                                      Promtool promtool, Path prometheusBinary, Path work) throws IOException {
        List<SeriesPlan.Family> families = SeriesPlan.of(references, others, catalog);
        Path dir = Files.createTempDirectory(work, "synthetic-tsdb");
        try {
            Path samples = dir.resolve("synthetic.om");
            new SyntheticSamples(END, SPAN, STEP).write(families, samples);
            promtool.createBlocks(samples, dir.resolve("tsdb"));
            Files.delete(samples);
            return new SyntheticTsdb(families, PrometheusServer.start(prometheusBinary, dir.resolve("tsdb"), dir), dir);
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    public PrometheusServer prometheus() {
        return prometheus;
    }

    public int familyCount() {
        return families.size();
    }

    /** Series stored: each bucket, sum, count and quantile of a histogram or summary counts as one. */
    public int seriesCount() {
        return families.stream().mapToInt(f -> f.series().size() * switch (f.kind()) {
            case HISTOGRAM -> SyntheticSamples.BUCKETS.length + 2;
            case SUMMARY -> SyntheticSamples.QUANTILES.length + 2;
            default -> 1;
        }).sum();
    }

    @Override
    public void close() {
        prometheus.close();
        delete(dir);
    }

    /** Deletes the folder and everything in it; the data is tens of megabytes, not worth keeping. */
    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
