package dev.ducky.query.translate;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.examples.WorkedExample;
import dev.ducky.query.words.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Worked examples found by meaning of their description: TF-IDF over {@link Terms}, cosine similarity.
 * Small enough to rebuild whenever the team adds a query.
 */
public final class ExampleIndex {
    /** An example and how close its description is to the question, 0 to 1. */
    public record Match(WorkedExample example, double similarity) {
    }

    private final List<WorkedExample> examples;
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    public ExampleIndex(List<WorkedExample> examples) {
        this.examples = List.copyOf(examples);
        List<List<String>> docs = this.examples.stream().map(e -> Terms.of(e.description())).toList();
        docs.forEach(d -> d.stream().distinct().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
        docs.forEach(d -> vectors.add(vector(d)));
    }

    public int size() {
        return examples.size();
    }

    /** The example closest to the question in the given language, if any shares a word with it. */
    public Optional<Match> nearest(Question q, QueryLanguage language) {
        return closest(q, language, 1).stream().findFirst();
    }

    /** Up to {@code n} examples in the given language sharing a word with the question, closest first. */
    public List<Match> closest(Question q, QueryLanguage language, int n) {
        Map<String, Double> query = vector(q.terms());
        return java.util.stream.IntStream.range(0, examples.size())
                .filter(i -> examples.get(i).language() == language)
                .mapToObj(i -> new Match(examples.get(i), cosine(query, vectors.get(i))))
                .filter(m -> m.similarity() > 0)
                .sorted(Comparator.comparingDouble(Match::similarity).reversed())
                .limit(n)
                .toList();
    }

    private Map<String, Double> vector(List<String> terms) {
        Map<String, Double> v = new HashMap<>();
        for (String t : terms) {
            v.merge(t, 1.0, Double::sum);
        }
        v.replaceAll((t, tf) -> tf * Math.log(1.0 + (double) (examples.size() + 1) / (1 + documentFrequency.getOrDefault(t, 0))));
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double norm = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum())
                * Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
        return norm == 0 ? 0 : dot / norm;
    }
}
