package dev.ducky.knowledge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where benchmarks keep what outlives one run. */
final class BenchPaths {
    private BenchPaths() {
    }

    /** Embeddings by content hash, kept across benchmark runs in the module's target folder. */
    static Path embeddingCache() {
        return Path.of("target", "bench-embeddings").toAbsolutePath();
    }

    /** A fresh folder for one run's indexes and grown corpora; {@link #delete} it when done. */
    static Path workDir(String name) throws IOException {
        return Files.createTempDirectory("ducky-" + name);
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The 1-minute load average, to read timings against: the cores are shared with other builds. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
