package dev.ducky.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.Fixtures;
import dev.ducky.support.ServeProcess;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackSigner;
import dev.ducky.support.SlackStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Start-to-ready time of {@code ducky serve} (process start → GET /health 200) against a bare JVM start of
 * the same jar, and the reply latency (signed event sent → chat.postMessage received by the stand-in).
 * Run with {@code mvn -Pbench -pl bot -am verify}; writes its section of docs/BENCHMARKS.md.
 */
class StartupBenchmark {
    private static final int STARTS = 3;
    private static final int REPLIES = 40;

    @Test
    void startupAndReplyLatency() throws Exception {
        Path jar = Path.of("target/ducky.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "build the jar first: " + jar);
        double[] bareJvm = new double[STARTS];
        for (int i = 0; i < STARTS; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("java", "-jar", jar.toString(), "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals(0, p.waitFor());
            bareJvm[i] = millis(t0);
        }
        double[] cold = new double[STARTS];
        double[] warm = new double[STARTS];
        double[] firstReply = new double[STARTS];
        double[] steady = new double[REPLIES];
        try (SlackStandIn slack = new SlackStandIn()) {
            BlockingQueue<Long> posted = new LinkedBlockingQueue<>();
            slack.server().addMockServiceRequestListener((request, response) -> {
                if (request.getUrl().endsWith("chat.postMessage")) {
                    posted.add(System.nanoTime());
                }
            });
            for (int i = 0; i < STARTS; i++) {
                Path home = Files.createTempDirectory("ducky-bench");
                cold[i] = startStop(jar, home, slack, posted, firstReply, i, null);
                warm[i] = startStop(jar, home, slack, posted, null, i, i == STARTS - 1 ? steady : null);
            }
        }
        BenchmarkReport.write("startup", render(bareJvm, cold, warm, firstReply, steady));
    }

    /** Starts serve in a fresh JVM, measures time to ready (and replies), stops it; returns ms to ready. */
    private double startStop(Path jar, Path home, SlackStandIn slack, BlockingQueue<Long> posted,
                             double[] firstReply, int run, double[] steady) throws Exception {
        long t0 = System.nanoTime();
        try (ServeProcess ducky = ServeProcess.start(ServeProcess.fromJar(jar), home, slack, null,
                home.resolve("serve.log"))) {
            ducky.awaitHealthy(Duration.ofSeconds(120));
            double ready = millis(t0);
            SignedSlack signed = new SignedSlack(ducky.url(), SlackSigner.SECRET);
            if (firstReply != null) {
                firstReply[run] = reply(signed, posted, "first" + run + home.getFileName());
            }
            if (steady != null) {
                for (int i = 0; i < steady.length; i++) {
                    steady[i] = reply(signed, posted, "steady" + i + home.getFileName());
                }
            }
            return ready;
        }
    }

    private static double reply(SignedSlack signed, BlockingQueue<Long> posted, String id) throws Exception {
        posted.clear();
        long sent = System.nanoTime();
        var ack = signed.send(Fixtures.mention("Ev" + id, "1700000000." + Math.abs(id.hashCode()),
                "checkout is returning 5xx errors since the deploy"));
        assertEquals(200, ack.statusCode());
        Long at = posted.poll(30, TimeUnit.SECONDS);
        assertTrue(at != null, "no reply posted");
        return (at - sent) / 1e6;
    }

    private static double millis(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String render(double[] bare, double[] cold, double[] warm, double[] first, double[] steady) {
        double base = BenchmarkReport.median(bare);
        return String.format(Locale.ROOT, """
                ## Start-up and first reply (`ducky serve`, HTTP mode, bundled sample runbooks, H2 file)

                Measured %s on %d cores with `mvn -Pbench -pl bot -am verify` (%d starts each; medians).
                Baseline: a bare JVM start of the same jar (`java -jar ducky.jar --version`), measured in the same run.

                | what | median | ratio to baseline |
                |---|---|---|
                | baseline: `java -jar ducky.jar --version` | %.0f ms | 1.0× |
                | start-to-ready, cold (empty data dir: extract samples, index, migrate) | %.0f ms | %.1f× |
                | start-to-ready, warm (same data dir: index unchanged) | %.0f ms | %.1f× |
                | first reply after ready (signed event → `chat.postMessage` at the stand-in) | %.0f ms | |
                | steady reply latency, p50 / p95 over %d events | %.0f / %.0f ms | |
                """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), STARTS, base,
                BenchmarkReport.median(cold), BenchmarkReport.median(cold) / base,
                BenchmarkReport.median(warm), BenchmarkReport.median(warm) / base,
                BenchmarkReport.median(first), steady.length, BenchmarkReport.percentile(steady, 50),
                BenchmarkReport.percentile(steady, 95));
    }
}
