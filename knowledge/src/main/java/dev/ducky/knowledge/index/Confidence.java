package dev.ducky.knowledge.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * How sure a search is that a runbook answers the question, from 0 to 1, comparable across corpora and questions
 * (unlike fused scores, which depend on how many lists found a document). Two kinds of evidence, both independent of
 * corpus size and of BM25's unbounded scores:
 *
 * <ul>
 * <li>agreement: in how many of the rankings (section keywords, section vectors, runbook summaries, whole runbooks)
 * the runbook is among the first {@link #TOP} runbooks (half credit down to {@link #NEAR}). Unrelated questions
 * scatter: each ranking's top runbooks are different ones.</li>
 * <li>closeness: the cosine of the question to the runbook's best section, mapped linearly from
 * {@link #COSINE_UNRELATED} (0) to {@link #COSINE_ANSWERING} (1); the embedding model is the same for every corpus,
 * so its cosines mean the same everywhere.</li>
 * </ul>
 *
 * <p>Confidence is {@link #AGREEMENT_WEIGHT} agreement plus the rest closeness. {@link #FLOOR} is the relevance floor
 * the benchmark measures (docs/BENCHMARKS.md: precision, recall and false refusals per question set).
 */
public final class Confidence {
    /** Below this a hit is better not shown as an answer. */
    public static final double FLOOR = 0.45;
    static final double AGREEMENT_WEIGHT = 0.4;
    static final int TOP = 3;
    static final int NEAR = 10;
    static final double COSINE_UNRELATED = 0.6;
    static final double COSINE_ANSWERING = 0.8;

    private final List<Map<String, Integer>> runbookRanks;
    private final Map<String, Double> bestCosine = new HashMap<>();

    /**
     * @param rankings each ranking's documents, best first (empty ones, e.g. vectors in a keyword search, are left out)
     * @param vectorHits documents of the vector ranking with their cosine
     * @param fileOf     the runbook file of a document
     */
    Confidence(List<List<Integer>> rankings, Map<Integer, Double> vectorHits, IntFunction<String> fileOf) {
        this.runbookRanks = rankings.stream().filter(ranking -> !ranking.isEmpty())
                .map(ranking -> runbookRanks(ranking, fileOf)).toList();
        vectorHits.forEach((doc, cosine) -> bestCosine.merge(fileOf.apply(doc), cosine, Math::max));
    }

    /** The confidence that {@code file} answers the question. */
    double of(String file) {
        double agreement = 0;
        for (Map<String, Integer> ranks : runbookRanks) {
            int rank = ranks.getOrDefault(file, Integer.MAX_VALUE);
            agreement += rank <= TOP ? 1 : rank <= NEAR ? 0.5 : 0;
        }
        agreement = runbookRanks.isEmpty() ? 0 : agreement / runbookRanks.size();
        double closeness = bestCosine.containsKey(file) ? Math.max(0, Math.min(1,
                (bestCosine.get(file) - COSINE_UNRELATED) / (COSINE_ANSWERING - COSINE_UNRELATED))) : 0;
        // Without a vector search (keyword mode) agreement is all there is.
        double weight = bestCosine.isEmpty() ? 1 : AGREEMENT_WEIGHT;
        return weight * agreement + (1 - weight) * closeness;
    }

    private static Map<String, Integer> runbookRanks(List<Integer> ranking, IntFunction<String> fileOf) {
        Map<String, Integer> ranks = new HashMap<>();
        for (int doc : ranking) {
            ranks.putIfAbsent(fileOf.apply(doc), ranks.size() + 1);
        }
        return ranks;
    }
}
