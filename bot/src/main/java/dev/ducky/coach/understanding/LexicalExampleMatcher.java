package dev.ducky.coach.understanding;

import dev.ducky.prompts.Intent;
import dev.ducky.prompts.LabelledExamples.Example;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Nearest examples by shared words (TF-IDF cosine): the matcher used when the embedding model is not loaded,
 * e.g. in fast tests. Weaker on paraphrases, but it needs no model.
 */
public final class LexicalExampleMatcher implements ExampleMatcher {
    private static final int NEIGHBOURS = 5;

    private final List<Example> examples;
    private final List<Map<String, Double>> vectors;
    private final Map<String, Double> idf = new HashMap<>();

    public LexicalExampleMatcher(List<Example> examples) {
        this.examples = List.copyOf(examples);
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Example example : examples) {
            new HashSet<>(words(example.text())).forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        documentFrequency.forEach((w, df) -> idf.put(w, Math.log(1.0 + examples.size() / (double) df)));
        this.vectors = examples.stream().map(e -> vector(e.text())).toList();
    }

    @Override
    public Map<Intent, Double> vote(String text) {
        Map<String, Double> query = vector(text);
        Integer[] order = new Integer[examples.size()];
        double[] similarity = new double[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            similarity[i] = cosine(query, vectors.get(i));
        }
        Arrays.sort(order, (a, b) -> Double.compare(similarity[b], similarity[a]));
        return Votes.fromNeighbours(examples, order, similarity, NEIGHBOURS);
    }

    private Map<String, Double> vector(String text) {
        Map<String, Double> vector = new HashMap<>();
        for (String word : words(text)) {
            vector.merge(word, idf.getOrDefault(word, Math.log(1.0 + examples.size())), Double::sum);
        }
        return vector;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (var entry : a.entrySet()) {
            dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isEmpty()).toList();
    }

}
