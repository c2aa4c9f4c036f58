package dev.ducky.knowledge.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.aggregator.ReciprocalRankFuser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Combines the keyword and vector rankings by rank (LangChain4j's {@link ReciprocalRankFuser}: scores of BM25 and
 * cosine are not comparable, ranks are), then groups by runbook: each further section of a runbook already chosen
 * counts {@link #SAME_RUNBOOK_DECAY} times less, so one runbook fills the top 3 only when its sections are clearly
 * better than the next runbook's best.
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
     * The best {@code k} of {@code ranked}, where a runbook's n-th pick counts {@code decay^n} of its score; the
     * scores returned are these adjusted ones, so they still fall from first to last.
     */
    static List<Ranked> group(List<Ranked> ranked, IntFunction<String> fileOf, int k, double decay) {
        List<Ranked> left = new ArrayList<>(ranked);
        Map<String, Integer> picked = new HashMap<>();
        List<Ranked> out = new ArrayList<>();
        while (out.size() < k && !left.isEmpty()) {
            int best = 0;
            double bestScore = -1;
            for (int i = 0; i < left.size(); i++) {
                double adjusted = left.get(i).score()
                        * Math.pow(decay, picked.getOrDefault(fileOf.apply(left.get(i).doc()), 0));
                if (adjusted > bestScore) {
                    best = i;
                    bestScore = adjusted;
                }
            }
            Ranked chosen = left.remove(best);
            picked.merge(fileOf.apply(chosen.doc()), 1, Integer::sum);
            out.add(new Ranked(chosen.doc(), bestScore));
        }
        return out;
    }
}
