package dev.ducky.knowledge.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.aggregator.ReciprocalRankFuser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Combines the keyword and vector rankings by rank (LangChain4j's {@link ReciprocalRankFuser}: scores of BM25 and
 * cosine are not comparable, ranks are), then groups by runbook: which runbook comes first is decided by fusing the
 * rankings of runbooks ({@link #runbookScores}), and each further section of a runbook already chosen counts
 * {@link #SAME_RUNBOOK_DECAY} times less, so one runbook fills the top 3 only when its sections are clearly better
 * than the next runbook's best.
 */
final class RankFusion {
    /** The usual RRF constant: a top rank in one list is worth little more than the tenth. */
    static final int RRF_K = 60;
    static final double SAME_RUNBOOK_DECAY = 0.8;
    static final int VECTOR_WEIGHT = 2;

    /** A Lucene document with its fused score. */
    record Ranked(int doc, double score) {
    }

    private RankFusion() {
    }

    /**
     * The documents of both rankings (best first each), best first by reciprocal rank fusion. The vector ranking
     * counts {@link #VECTOR_WEIGHT} times: RRF weighs a list by how often it is given, and on questions in the
     * responder's own words the embedding finds the runbook far more often than the shared words do.
     */
    static List<Ranked> fuse(List<Integer> keyword, List<Integer> vector) {
        List<List<Integer>> rankings = new ArrayList<>(List.of(keyword));
        for (int i = 0; i < VECTOR_WEIGHT; i++) {
            rankings.add(vector);
        }
        return fuse(rankings);
    }

    /** The documents of all rankings (best first each), best first by reciprocal rank fusion. */
    static List<Ranked> fuse(List<List<Integer>> rankings) {
        List<List<Content>> lists = new ArrayList<>();
        Map<Integer, Double> scores = new HashMap<>();
        for (List<Integer> ranking : rankings) {
            List<Content> contents = new ArrayList<>();
            for (int rank = 0; rank < ranking.size(); rank++) {
                contents.add(Content.from(TextSegment.from(Integer.toString(ranking.get(rank)))));
                // The fuser returns an order, not its scores; the same formula gives them for grouping and display.
                scores.merge(ranking.get(rank), 1.0 / (RRF_K + rank + 1), Double::sum);
            }
            lists.add(contents);
        }
        List<Ranked> fused = new ArrayList<>();
        for (Content content : ReciprocalRankFuser.fuse(lists, RRF_K)) {
            int doc = Integer.parseInt(content.textSegment().text());
            fused.add(new Ranked(doc, scores.get(doc)));
        }
        return fused;
    }

    /**
     * The best {@code k} of {@code ranked} grouped by runbook. Which runbooks, and how many sections of each, is
     * decided by the fused scores, a runbook's n-th section counting {@code decay^n}; which of its sections comes
     * first is decided by {@code keywordRank} (1-based rank in the keyword search), because the words a responder
     * uses ("roll back", "who do I page", a metric name) tell sections of one runbook apart better than their
     * embeddings, which share the runbook's context. Returned scores are the adjusted ones, so they fall.
     */
    static List<Ranked> group(List<Ranked> ranked, IntFunction<String> fileOf, Map<Integer, Integer> keywordRank,
                              int k, double decay) {
        return group(ranked, fileOf, keywordRank, k, decay, Map.of());
    }

    /**
     * Each runbook's fused score, from its place among runbooks in each ranking (all weighed alike): its best
     * section stands for it, so a runbook found by one section in the keyword search and by another in the vector
     * search is found by both, and the several sections of one runbook that the embedding ranks high (they share its
     * context) do not push other runbooks down the vector ranking.
     */
    static Map<String, Double> runbookScores(List<List<Integer>> rankings, IntFunction<String> fileOf) {
        // One document stands for each runbook in every ranking, whichever of its sections each list ranked first.
        Map<String, Integer> representative = new HashMap<>();
        List<List<Integer>> runbookRankings = rankings.stream()
                .map(ranking -> firstPerRunbook(ranking, fileOf, representative)).toList();
        Map<String, Double> scores = new HashMap<>();
        for (Ranked runbook : fuse(runbookRankings)) {
            scores.put(fileOf.apply(runbook.doc()), runbook.score());
        }
        return scores;
    }

    /** {@code ranked}, then the {@code docs} it lacks with score 0: candidates that only a runbook ranking found. */
    static List<Ranked> withUnranked(List<Ranked> ranked, List<Integer> docs) {
        Set<Integer> present = new HashSet<>();
        ranked.forEach(hit -> present.add(hit.doc()));
        List<Ranked> all = new ArrayList<>(ranked);
        docs.stream().filter(present::add).forEach(doc -> all.add(new Ranked(doc, 0)));
        return all;
    }

    private static List<Integer> firstPerRunbook(List<Integer> docs, IntFunction<String> fileOf,
                                                 Map<String, Integer> representative) {
        List<Integer> runbooks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int doc : docs) {
            String file = fileOf.apply(doc);
            if (seen.add(file)) {
                runbooks.add(representative.computeIfAbsent(file, f -> doc));
            }
        }
        return runbooks;
    }

    /**
     * {@link #group(List, IntFunction, Map, int, double)}, where a runbook's first section counts with the runbook's
     * own score ({@link #runbookScores}) when it has one.
     */
    static List<Ranked> group(List<Ranked> ranked, IntFunction<String> fileOf, Map<Integer, Integer> keywordRank,
                              int k, double decay, Map<String, Double> runbookScores) {
        Map<String, List<Ranked>> byFile = new LinkedHashMap<>();
        ranked.forEach(hit -> byFile.computeIfAbsent(fileOf.apply(hit.doc()), file -> new ArrayList<>()).add(hit));
        Map<String, List<Ranked>> preferred = new HashMap<>();
        byFile.forEach((file, hits) -> preferred.put(file, hits.stream()
                .sorted(Comparator.comparingInt((Ranked hit) -> keywordRank.getOrDefault(hit.doc(), Integer.MAX_VALUE))
                        .thenComparing(Comparator.comparingDouble(Ranked::score).reversed()))
                .toList()));
        Map<String, Integer> picked = new HashMap<>();
        List<Ranked> out = new ArrayList<>();
        while (out.size() < k) {
            String bestFile = null;
            double bestScore = -1;
            for (Map.Entry<String, List<Ranked>> file : byFile.entrySet()) {
                int n = picked.getOrDefault(file.getKey(), 0);
                if (n < file.getValue().size()) { // hits are in fused order: the n-th is the n-th best score
                    double adjusted = n == 0 && runbookScores.containsKey(file.getKey())
                            ? runbookScores.get(file.getKey())
                            : file.getValue().get(n).score() * Math.pow(decay, n);
                    if (adjusted > bestScore) {
                        bestFile = file.getKey();
                        bestScore = adjusted;
                    }
                }
            }
            if (bestFile == null) {
                break;
            }
            int n = picked.merge(bestFile, 1, Integer::sum) - 1;
            out.add(new Ranked(preferred.get(bestFile).get(n).doc(), bestScore));
        }
        return out;
    }
}
