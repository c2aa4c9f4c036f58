package dev.ducky.coach.understanding;

import dev.ducky.knowledge.embedding.TextEmbedder;
import dev.ducky.prompts.Intent;
import dev.ducky.prompts.LabelledExamples.Example;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Nearest examples by meaning: the labelled utterances embedded once with the in-process model, a message
 * compared by cosine. Catches paraphrases that share no word with any example.
 */
public final class EmbeddingExampleMatcher implements ExampleMatcher {
    private static final int NEIGHBOURS = 7;
    // Below this cosine an example is not close enough to vote (bge-small puts unrelated short texts ~0.3-0.5).
    private static final double MIN_SIMILARITY = 0.55;

    private final TextEmbedder embedder;
    private final List<Example> examples;
    private final List<float[]> vectors;

    public EmbeddingExampleMatcher(TextEmbedder embedder, List<Example> examples) {
        this.embedder = embedder;
        this.examples = List.copyOf(examples);
        this.vectors = embedder.embedAll(examples.stream().map(Example::text).toList());
    }

    @Override
    public Map<Intent, Double> vote(String text) {
        float[] query = embedder.embed(text);
        Integer[] order = new Integer[examples.size()];
        double[] similarity = new double[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            double cosine = dot(query, vectors.get(i));
            similarity[i] = cosine >= MIN_SIMILARITY ? cosine - MIN_SIMILARITY : 0;
        }
        Arrays.sort(order, (a, b) -> Double.compare(similarity[b], similarity[a]));
        return Votes.fromNeighbours(examples, order, similarity, NEIGHBOURS);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
