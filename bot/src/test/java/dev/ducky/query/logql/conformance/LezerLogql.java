package dev.ducky.query.logql.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Grafana's LogQL grammar ({@code @grafana/lezer-logql}, pinned in {@code src/test/lezer/package.json}) run
 * by Node.js on a batch of queries, in one process: {@code check.cjs} reads a JSON array and prints verdicts.
 */
public final class LezerLogql {
    private static final long TIMEOUT_SECONDS = 90;

    private final Path folder;

    public LezerLogql(Path folder) {
        this.folder = folder;
    }

    /** The checker folder of this module ({@code bot/src/test/lezer}). */
    public static LezerLogql ofModule() {
        return new LezerLogql(Path.of(System.getProperty("ducky.lezer.dir", "src/test/lezer")).toAbsolutePath());
    }

    public boolean nodeAvailable() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return node.waitFor(20, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean packageInstalled() {
        return Files.isDirectory(folder.resolve("node_modules/@grafana/lezer-logql"));
    }

    /** The version pinned in package.json, e.g. {@code 0.4.2}. */
    public String pinnedVersion() {
        try {
            return new ObjectMapper().readTree(folder.resolve("package.json").toFile())
                    .path("dependencies").path("@grafana/lezer-logql").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The grammar's verdict on each query; with {@code repeat > 0} each query is parsed that many more times
     * to time the grammar (see {@link Verdicts#nanosPerQuery()}).
     */
    public Verdicts run(List<String> queries, int repeat) {
        ObjectMapper json = new ObjectMapper();
        try {
            List<String> command = new ArrayList<>(List.of("node", "check.cjs"));
            if (repeat > 0) {
                command.addAll(List.of("--repeat", String.valueOf(repeat)));
            }
            Path output = Files.createTempFile("lezer-logql", ".json");
            Process node = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (var stdin = node.getOutputStream()) {
                stdin.write(json.writeValueAsBytes(queries));
            }
            if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || node.exitValue() != 0) {
                node.destroyForcibly();
                throw new IllegalStateException("node check.cjs failed or timed out");
            }
            JsonNode result = json.readTree(Files.readString(output, StandardCharsets.UTF_8));
            Files.delete(output);
            List<Boolean> valid = new ArrayList<>();
            int recovered = 0;
            for (JsonNode verdict : result.path("results")) {
                valid.add(verdict.path("valid").asBoolean());
                recovered += verdict.path("recovered").asBoolean() ? 1 : 0;
            }
            JsonNode nanos = result.path("nanosPerQuery");
            return new Verdicts(result.path("version").asText(), valid, recovered,
                    nanos.isNumber() ? nanos.asDouble() : Double.NaN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param recovered     trees without an error node whose root is not one expression (tokens dropped by
     *                      lezer's recovery at the end of the input), counted as invalid
     * @param nanosPerQuery mean parse time of the repeats, NaN without any
     */
    public record Verdicts(String version, List<Boolean> valid, int recovered, double nanosPerQuery) {
        public Verdicts {
            valid = List.copyOf(valid);
        }
    }
}
