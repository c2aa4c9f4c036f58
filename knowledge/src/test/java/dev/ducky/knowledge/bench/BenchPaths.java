package dev.ducky.knowledge.bench;

import java.nio.file.Path;

/** Where benchmarks keep what outlives one run. */
final class BenchPaths {
    private BenchPaths() {
    }

    /** Embeddings by content hash, kept across benchmark runs in the module's target folder. */
    static Path embeddingCache() {
        return Path.of("target", "bench-embeddings").toAbsolutePath();
    }
}
