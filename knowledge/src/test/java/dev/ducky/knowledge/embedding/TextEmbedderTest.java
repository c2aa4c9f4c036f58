package dev.ducky.knowledge.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TextEmbedderTest {
    private final TextEmbedder embedder = TextEmbedder.shared();

    @Test
    void vectorsHaveTheModelsDimensionAndUnitLength() {
        float[] vector = embedder.embed("node exporter reports high memory pressure");
        assertEquals(384, embedder.dimension());
        assertEquals(embedder.dimension(), vector.length);
        assertEquals(1.0, Vectors.dot(vector, vector), 1e-4);
        assertEquals(1.0, Vectors.dot(embedder.embedQuery("memory"), embedder.embedQuery("memory")), 1e-4);
    }

    @Test
    void sharedIsOneInstanceAndSurvivesClose() {
        TextEmbedder.shared().close();
        assertSame(embedder, TextEmbedder.shared());
        assertEquals(384, TextEmbedder.shared().embed("still works").length);
    }

    @Test
    void questionsAreNearestToThePassageOnTheirTopic() throws IOException {
        for (String[] row : neighbours()) {
            float[] question = embedder.embedQuery(row[0]);
            float near = Vectors.dot(question, embedder.embed(row[1]));
            float far = Vectors.dot(question, embedder.embed(row[2]));
            assertTrue(near > far + 0.05, row[0] + ": on topic " + near + ", off topic " + far);
        }
    }

    @Test
    void batchingAndPaddingBarelyChangeVectors() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String[] row : neighbours()) {
            texts.addAll(List.of(row));
        }
        for (int i = 0; i < 40; i++) { // more than one batch, of very different lengths
            texts.add("step " + i + " ".repeat(i % 3) + "restart the pod ".repeat(i % 7));
        }
        List<float[]> batched = embedder.embedAll(texts);
        assertEquals(texts.size(), batched.size());
        for (int i = 0; i < texts.size(); i++) {
            // The quantized model scales activations per call, so batch neighbours shift a vector very slightly.
            assertEquals(1.0, Vectors.dot(batched.get(i), embedder.embed(texts.get(i))), 0.01, texts.get(i));
        }
        assertEquals(List.of(), embedder.embedAll(List.of()));
    }

    @Test
    void agreesWithLangChain4jsOwnWrapperOfTheSameModel() {
        var reference = new BgeSmallEnV15QuantizedEmbeddingModel();
        for (String text : List.of("etcd has no leader", "The API server returns 5xx for 3% of requests.")) {
            float[] theirs = reference.embed(text).content().vector();
            assertEquals(1.0, Vectors.dot(theirs, embedder.embed(text)), 1e-3, text);
        }
    }

    @Test
    void concurrentCallersGetTheSameVectors() throws Exception {
        float[] expected = embedder.embed("alertmanager cannot reach slack");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> embedder.embed("alertmanager cannot reach slack")));
            }
            for (Future<float[]> result : results) {
                assertEquals(1.0, Vectors.dot(expected, result.get()), 1e-4);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void longTextsAreCutNotRejected() {
        String huge = "the queue keeps growing while consumers idle. ".repeat(2_000);
        assertEquals(384, embedder.embed(huge).length);
        assertThrows(IllegalArgumentException.class, () -> TextEmbedder.create(4, 1));
        assertThrows(NullPointerException.class, () -> embedder.embed(null));
    }

    private static List<String[]> neighbours() throws IOException {
        try (var in = TextEmbedderTest.class.getResourceAsStream("/embedding/neighbours.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\s*\\|\\s*")).toList();
        }
    }
}
