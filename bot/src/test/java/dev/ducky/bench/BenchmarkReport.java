package dev.ducky.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes one benchmark's section of docs/BENCHMARKS.md, between {@code <!-- bench:NAME -->} markers, so
 * each benchmark updates its own figures and leaves the others alone.
 */
public final class BenchmarkReport {
    private BenchmarkReport() {
    }

    public static Path file() {
        Path dir = Path.of(System.getProperty("ducky.root", "..")).toAbsolutePath().normalize();
        return dir.resolve("docs/BENCHMARKS.md");
    }

    public static void write(String name, String markdown) throws IOException {
        Path file = file();
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        String section = begin + "\n" + markdown.strip() + "\n" + end;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        text = from >= 0 && to > from
                ? text.substring(0, from) + section + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + section + "\n";
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public static double median(double[] values) {
        return percentile(values, 50);
    }

    public static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
