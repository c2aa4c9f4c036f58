package dev.ducky.knowledge.embedding;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The passage vectors one embedder computed most recently, kept in memory: an application context started again
 * in the same process (tests, a reindex into a fresh directory) embeds nothing it embedded already, even without
 * the on-disk {@link EmbeddingCache} of that index. Bounded, least recently used out first; thread-safe.
 */
final class RecentVectors {
    private static final int CAPACITY = 10_000; // about 16 MB of 384-dimension vectors
    private final Map<String, float[]> vectors = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized float[] get(String text) {
        return vectors.get(EmbeddingCache.key(text));
    }

    synchronized void put(String text, float[] vector) {
        vectors.put(EmbeddingCache.key(text), vector);
    }
}
