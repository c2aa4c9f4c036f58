package dev.ducky.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code ducky serve} in a JVM of its own, against a Slack stand-in, so tests can kill it for real. */
public final class ServeProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private ServeProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The test classpath's Ducky, quick to start (C1 only, small heap). */
    public static List<String> fromClasspath() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), "dev.ducky.Ducky");
    }

    /** The runnable jar, as users start it. */
    public static List<String> fromJar(Path jar) {
        return List.of("java", "-jar", jar.toString());
    }

    /**
     * Starts {@code serve} with its state under {@code home}; {@code runbooks} null means the bundled samples.
     */
    public static ServeProcess start(List<String> java, Path home, SlackStandIn slack, Path runbooks, Path log)
            throws IOException {
        return start(java, home, slack, runbooks, log, Map.of());
    }

    /** As {@link #start(List, Path, SlackStandIn, Path, Path)}, with more environment (which wins over the defaults). */
    public static ServeProcess start(List<String> java, Path home, SlackStandIn slack, Path runbooks, Path log,
                                     Map<String, String> moreEnv) throws IOException {
        int port = freePort();
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>(java);
        command.add("serve");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("DUCKY_")
                || name.startsWith("MICRONAUT_") || name.startsWith("DATASOURCES_"));
        env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
        env.put("SLACK_SIGNING_SECRET", SlackSigner.SECRET);
        env.put("DUCKY_SLACK_API_URL", slack.apiUrl());
        if (runbooks != null) {
            env.put("DUCKY_RUNBOOKS", runbooks.toString());
        }
        env.put("DUCKY_INDEX_DIR", home.resolve("index").toString());
        env.put("DUCKY_DATA_DIR", home.toString());
        env.put("DUCKY_DB_URL", "jdbc:h2:file:" + home.resolve("db").toAbsolutePath());
        env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        env.putAll(moreEnv);
        return new ServeProcess(builder.start(), port, log);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Process process() {
        return process;
    }

    public Path log() {
        return log;
    }

    /** Waits until GET /health answers 200; fails if the JVM exits or the timeout passes. */
    public void awaitHealthy(Duration timeout) throws Exception {
        awaitHealthy(timeout, url());
    }

    /** The same, where the health endpoint is served at {@code baseUrl} (a separate management port). */
    public void awaitHealthy(Duration timeout, String baseUrl) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/health")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("Ducky exited with " + process.exitValue() + " while starting; log: " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("GET /health did not answer 200 within " + timeout + "; log: " + log);
            }
            Thread.sleep(20);
        }
    }

    /** SIGKILL, no graceful stop; returns the exit value (137). */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
