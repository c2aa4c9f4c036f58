package dev.ducky.knowledge.embedding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Passages to vectors through an {@link EmbeddingCache}: only texts never seen before reach the model. */
public final class CachedEmbeddings {
    private final TextEmbedder embedder;
    private final EmbeddingCache cache;
    private int hits;
    private int computed;

    public CachedEmbeddings(TextEmbedder embedder, EmbeddingCache cache) {
        this.embedder = embedder;
        this.cache = cache;
    }

    /** One vector per text, in order; the distinct misses are embedded together, in one batched call. */
    public List<float[]> vectors(List<String> texts) throws IOException {
        float[][] out = new float[texts.size()][];
        Map<String, List<Integer>> missing = new LinkedHashMap<>(); // a text repeated in the batch is embedded once
        for (int i = 0; i < texts.size(); i++) {
            out[i] = cache.get(texts.get(i));
            if (out[i] == null) {
                missing.computeIfAbsent(texts.get(i), text -> new ArrayList<>()).add(i);
            }
        }
        List<String> distinct = new ArrayList<>(missing.keySet());
        List<float[]> fresh = embedder.embedAll(distinct);
        for (int m = 0; m < distinct.size(); m++) {
            cache.put(distinct.get(m), fresh.get(m));
            for (int i : missing.get(distinct.get(m))) {
                out[i] = fresh.get(m);
            }
        }
        computed += distinct.size();
        hits += texts.size() - distinct.size();
        return List.of(out);
    }

    /** Vectors found in the cache so far. */
    public int hits() {
        return hits;
    }

    /** Vectors the model computed so far. */
    public int computed() {
        return computed;
    }
}
