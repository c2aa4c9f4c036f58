package dev.ducky.query.promql.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus server over an existing TSDB, with no scrape jobs, listening on a free local port: instant
 * queries through its HTTP API. Closing stops the process.
 */
public final class PrometheusServer implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    /** Stops Prometheus if the JVM is ended before close() runs. */
    private final Thread onExit;
    private final URI base;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private PrometheusServer(Process process, URI base, Path log) {
        this.process = process;
        this.onExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(onExit);
        this.base = base;
        this.log = log;
    }

    /** The prometheus binary on the PATH, if there is one. */
    public static Optional<Path> find() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "prometheus"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Starts Prometheus on {@code tsdb} and waits until it is ready; its config and log go into {@code work}. */
    public static PrometheusServer start(Path executable, Path tsdb, Path work) throws IOException {
        Path config = work.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 30s\n", StandardCharsets.UTF_8);
        Path log = work.resolve("prometheus.log");
        int port = freePort();
        Process process = new ProcessBuilder(executable.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + tsdb,
                "--storage.tsdb.retention.time=100y",
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PrometheusServer server = new PrometheusServer(process, URI.create("http://127.0.0.1:" + port), log);
        try {
            server.awaitReady();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public static String version(Path executable) {
        try {
            Process process = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return out.lines().findFirst().orElse("").trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of {@code expr} at {@code at}: the samples of a vector (a scalar as one sample without labels), or the error. */
    public Result query(String expr, Instant at) {
        String form = "query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8) + "&time=" + at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(QUERY_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        JsonNode root;
        try {
            root = json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException("Prometheus did not answer a query: " + expr, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!"success".equals(root.path("status").asText())) {
            return Result.failure(root.path("errorType").asText() + ": " + root.path("error").asText());
        }
        JsonNode data = root.path("data");
        return switch (data.path("resultType").asText()) {
            case "vector" -> {
                List<Sample> samples = new ArrayList<>();
                for (JsonNode series : data.path("result")) {
                    Map<String, String> labels = new TreeMap<>();
                    Iterator<Map.Entry<String, JsonNode>> fields = series.path("metric").fields();
                    fields.forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
                    samples.add(new Sample(labels, number(series.path("value").path(1).asText())));
                }
                yield new Result(samples, null);
            }
            case "scalar" -> new Result(List.of(new Sample(Map.of(), number(data.path("result").path(1).asText()))), null);
            default -> Result.failure("not an instant vector or scalar: " + data.path("resultType").asText());
        };
    }

    private static double number(String text) {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/-/ready")).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prometheus exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("Prometheus was not ready within " + STARTUP + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops Prometheus: a TERM, then a KILL if it has not exited after 30 seconds. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One sample of a query's result. */
    public record Sample(Map<String, String> labels, double value) {
    }

    /** A query's samples, or Prometheus's error for it. */
    public record Result(List<Sample> samples, String error) {
        static Result failure(String error) {
            return new Result(List.of(), error);
        }

        public boolean failed() {
            return error != null;
        }
    }
}
