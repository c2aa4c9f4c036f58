package dev.ducky.knowledge.embedding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Text to vectors with the in-process bge-small-en-v1.5 model: no network, no service. Vectors are L2-normalised,
 * so a dot product ({@link Vectors#dot}) is their cosine. Thread-safe; {@link #shared()} loads the model once per
 * JVM (about 35 MB) on first use.
 *
 * <p>Passages ({@link #embed}) and questions ({@link #embedQuery}) are embedded differently: bge was trained to
 * put an instruction before a short query that looks for passages.
 */
public final class TextEmbedder implements AutoCloseable {
    /** bge's instruction for short queries that retrieve passages. */
    public static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    /**
     * Texts are cut to this many tokens: the start of a section says what it is about, and time grows with length
     * (128 embeds the shared corpora's sections 1.8 times as fast as 256, at the same recall).
     */
    public static final int DEFAULT_MAX_TOKENS = 128;
    // Texts per model call: big enough to use matrix kernels well (4 ran at 29 texts/s, 16 at 70), small enough that
    // padding to the longest is cheap (64 ran at 62).
    private static final int BATCH = 16;

    private final BgeEncoder encoder;
    private final int maxTokens;
    private final ExecutorService workers;
    private final int parallelism;
    private final RecentVectors recent = new RecentVectors();

    private TextEmbedder(int maxTokens, int parallelism) {
        this.maxTokens = maxTokens;
        this.parallelism = parallelism;
        // One ONNX thread per call and one call per core: measured 70 texts/s against 52 for one call on 2 threads.
        this.encoder = new BgeEncoder(maxTokens, 1);
        this.workers = Executors.newFixedThreadPool(parallelism, task -> {
            Thread thread = new Thread(task, "ducky-embedder");
            thread.setDaemon(true); // never keeps a CLI run alive
            return thread;
        });
    }

    /** The JVM's one embedder, created on first use. */
    public static TextEmbedder shared() {
        return Shared.INSTANCE;
    }

    /** A private embedder, e.g. to compare settings; close it when done. */
    public static TextEmbedder create(int maxTokens, int parallelism) {
        if (maxTokens < 8 || maxTokens > 512) {
            throw new IllegalArgumentException("maxTokens must be 8..512, was " + maxTokens);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be positive, was " + parallelism);
        }
        return new TextEmbedder(maxTokens, parallelism);
    }

    /** The vector of a passage (a runbook section, a labelled example). */
    public float[] embed(String text) {
        return encoder.encode(List.of(Objects.requireNonNull(text, "text")))[0];
    }

    /** The vector of a question that looks for passages, with bge's query instruction. */
    public float[] embedQuery(String text) {
        return embed(QUERY_INSTRUCTION + Objects.requireNonNull(text, "text"));
    }

    /** The vectors of many passages, in order: batched by similar length, batches spread over the cores. */
    public List<float[]> embedAll(List<String> texts) {
        texts.forEach(text -> Objects.requireNonNull(text, "texts must not hold null"));
        // Sorting by length keeps each batch's padding short.
        List<Integer> order = IntStream.range(0, texts.size()).boxed()
                .sorted(Comparator.comparingInt(i -> texts.get(i).length())).toList();
        List<Future<float[][]>> batches = new ArrayList<>();
        for (int from = 0; from < order.size(); from += BATCH) {
            List<String> batch = order.subList(from, Math.min(order.size(), from + BATCH)).stream()
                    .map(texts::get).toList();
            batches.add(workers.submit(() -> encoder.encode(batch)));
        }
        float[][] vectors = new float[texts.size()][];
        for (int b = 0; b < batches.size(); b++) {
            float[][] batch = await(batches.get(b));
            for (int i = 0; i < batch.length; i++) {
                vectors[order.get(b * BATCH + i)] = batch[i];
            }
        }
        return List.of(vectors);
    }

    /** Length of every vector. */
    public int dimension() {
        return BgeEncoder.DIMENSION;
    }

    /**
     * Names the model and the settings that change its vectors; a cache of vectors is only valid for the same id.
     */
    public String modelId() {
        return modelId(maxTokens);
    }

    /** The {@link #modelId()} of {@link #shared()}, known without loading the model. */
    public static String sharedModelId() {
        return modelId(DEFAULT_MAX_TOKENS);
    }

    private static String modelId(int maxTokens) {
        return "bge-small-en-v1.5-q/cls/" + maxTokens;
    }

    /** Passage vectors this embedder computed lately, for {@link CachedEmbeddings}. */
    RecentVectors recent() {
        return recent;
    }

    /** Threads that run model calls at once. */
    public int parallelism() {
        return parallelism;
    }

    private static float[][] await(Future<float[][]> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingModelException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof EmbeddingModelException model ? model
                    : new EmbeddingModelException("embedding failed", e.getCause());
        }
    }

    @Override
    public void close() {
        if (this == Shared.INSTANCE) {
            return; // shared by the whole JVM
        }
        workers.shutdownNow();
        encoder.close();
    }

    private static final class Shared {
        static final TextEmbedder INSTANCE = new TextEmbedder(DEFAULT_MAX_TOKENS,
                Runtime.getRuntime().availableProcessors());
    }
}
