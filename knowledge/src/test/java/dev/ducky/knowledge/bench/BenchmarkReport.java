package dev.ducky.knowledge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the knowledge benchmarks into docs/BENCHMARKS.md: one {@code <!-- bench:knowledge -->} section holding a
 * part per benchmark ({@code <!-- bench:knowledge/NAME -->}), so each run updates its own figures only.
 */
final class BenchmarkReport {
    private static final String SECTION = "knowledge";

    private BenchmarkReport() {
    }

    /** Replaces this benchmark's part of the knowledge section of docs/BENCHMARKS.md under the repository root. */
    static void write(String part, String markdown) throws IOException {
        Path file = Path.of(System.getProperty("ducky.root", "..")).resolve("docs/BENCHMARKS.md").toAbsolutePath();
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        String section = between(text, SECTION).orElse("## Knowledge: runbook retrieval\n\nReproduce everything with"
                + " `mvn -B -o -Pbench -pl knowledge verify` (one part: add"
                + " `-Dbench.include=**/RetrievalQualityBenchmark.java` or `**/IndexSpeedBenchmark.java`).");
        section = replace(section, SECTION + "/" + part, markdown.strip());
        text = replace(text, SECTION, section.strip());
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static java.util.Optional<String> between(String text, String name) {
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        return from >= 0 && to > from ? java.util.Optional.of(text.substring(from + begin.length(), to))
                : java.util.Optional.empty();
    }

    private static String replace(String text, String name, String content) {
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        String block = begin + "\n" + content + "\n" + end;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        return from >= 0 && to > from ? text.substring(0, from) + block + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + block + "\n";
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
