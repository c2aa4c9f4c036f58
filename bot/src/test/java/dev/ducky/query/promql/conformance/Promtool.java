package dev.ducky.query.promql.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus's own verdict on expressions, from {@code promtool check rules}: all expressions go into one
 * rules file as recording rules of one group, and promtool's per-rule messages say which ones fail. Also writes
 * TSDB blocks from OpenMetrics samples, for checks that evaluate queries on a real Prometheus.
 */
public final class Promtool {
    private static final Pattern RULE_ERROR = Pattern.compile(
            "group \"conformance\", rule (\\d+), \"r\\d+\": could not parse expression: "
                    + "(\\d+):(\\d+): parse error: (.*)");

    private final Path executable;

    private Promtool(Path executable) {
        this.executable = executable;
    }

    /** promtool on the PATH, if there is one. */
    public static Optional<Promtool> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "promtool"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Promtool::new);
    }

    public String version() {
        return run(List.of(executable.toString(), "--version")).lines().findFirst().orElse("").trim();
    }

    /**
     * Prometheus's verdict on each expression: empty when valid, else its error.
     *
     * @throws IllegalStateException when promtool's output cannot be matched to the expressions
     */
    public List<Optional<PromError>> check(List<String> exprs, Path workDir) {
        try {
            Path file = workDir.resolve("conformance-rules.yml");
            StringBuilder yaml = new StringBuilder("groups:\n- name: conformance\n  rules:\n");
            for (int i = 0; i < exprs.size(); i++) {
                yaml.append("  - record: r").append(i + 1)
                        .append("\n    expr: ").append(yamlString(exprs.get(i))).append('\n');
            }
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            String output = run(List.of(executable.toString(), "check", "rules", "--lint=none", file.toString()));
            return verdicts(exprs.size(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Optional<PromError>> verdicts(int count, String output) {
        List<Optional<PromError>> verdicts = new ArrayList<>(java.util.Collections.nCopies(count, Optional.empty()));
        int errors = 0;
        for (String line : output.split("\n")) {
            Matcher m = RULE_ERROR.matcher(line);
            if (m.find()) {
                int rule = Integer.parseInt(m.group(1)) - 1;
                verdicts.set(rule, Optional.of(new PromError(m.group(4),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
                errors++;
            }
        }
        if (errors == 0 && !output.contains("SUCCESS: " + count + " rules found")) {
            throw new IllegalStateException("promtool neither failed any rule nor succeeded:\n" + output);
        }
        return verdicts;
    }

    /**
     * Writes TSDB blocks from an OpenMetrics file into {@code dir} ({@code promtool tsdb create-blocks-from openmetrics}).
     *
     * @throws IllegalStateException when promtool fails
     */
    public void createBlocks(Path openMetrics, Path dir) {
        List<String> command = List.of(executable.toString(), "tsdb", "create-blocks-from", "openmetrics",
                openMetrics.toString(), dir.toString());
        Finished finished = exec(command, 600);
        if (finished.exitCode() != 0) {
            throw new IllegalStateException("promtool could not create blocks (exit " + finished.exitCode() + "):\n"
                    + finished.output());
        }
    }

    /** A YAML double-quoted scalar holding exactly {@code s}. */
    static String yamlString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) ? String.format("\\x%02x", (int) c) : c);
            }
        }
        return out.append('"').toString();
    }

    private static String run(List<String> command) {
        return exec(command, 120).output();
    }

    private static Finished exec(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("promtool did not finish: " + command);
            }
            return new Finished(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Finished(int exitCode, String output) {
    }

    /** promtool's error for one expression: message, and line and byte column within the expression. */
    public record PromError(String message, int line, int column) {
    }
}
