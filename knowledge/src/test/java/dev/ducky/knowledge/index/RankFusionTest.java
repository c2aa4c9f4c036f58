package dev.ducky.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankFusionTest {
    // Documents 1-3 are sections of runbook a; 4 and 5 of runbook b; 6 of runbook c.
    private static final Map<Integer, String> FILES = Map.of(1, "a", 2, "a", 3, "a", 4, "b", 5, "b", 6, "c");

    @Test
    void aDocumentHighInBothListsBeatsOneHighInOne() {
        List<RankFusion.Ranked> fused = RankFusion.fuse(List.of(List.of(1, 2, 4), List.of(4, 1, 2)));
        assertEquals(List.of(1, 4, 2), fused.stream().map(RankFusion.Ranked::doc).toList());
        assertEquals(1.0 / 61 + 1.0 / 62, fused.get(0).score(), 1e-12);
    }

    @Test
    void theVectorListCountsTwice() {
        List<RankFusion.Ranked> fused = RankFusion.fuse(List.of(1, 4), List.of(4, 1));
        assertEquals(4, fused.get(0).doc());
    }

    @Test
    void oneRunbookDoesNotFillTheTopThreeUnlessItsSectionsAreClearlyBetter() {
        List<RankFusion.Ranked> close = List.of(ranked(1, 0.050), ranked(2, 0.049), ranked(3, 0.048),
                ranked(4, 0.045), ranked(6, 0.044));
        assertEquals(List.of("a", "b", "c"), files(RankFusion.group(close, FILES::get, Map.of(), 3, 0.8)));

        List<RankFusion.Ranked> dominant = List.of(ranked(1, 0.050), ranked(2, 0.049), ranked(4, 0.020),
                ranked(6, 0.010));
        assertEquals(List.of("a", "a", "b"), files(RankFusion.group(dominant, FILES::get, Map.of(), 3, 0.8)));
    }

    @Test
    void withinARunbookTheKeywordRankPicksWhichSectionComesFirst() {
        List<RankFusion.Ranked> fused = List.of(ranked(1, 0.05), ranked(2, 0.04), ranked(4, 0.01));
        List<RankFusion.Ranked> grouped = RankFusion.group(fused, FILES::get, Map.of(2, 1), 3, 0.8);

        assertEquals(List.of(2, 1, 4), grouped.stream().map(RankFusion.Ranked::doc).toList());
        assertEquals(0.05, grouped.get(0).score(), 1e-12); // the runbook's best score, on its preferred section
        for (int i = 1; i < grouped.size(); i++) {
            assertTrue(grouped.get(i - 1).score() >= grouped.get(i).score());
        }
    }

    @Test
    void aRunbookFoundByOneSectionInEachListIsFoundByBoth() {
        // Keyword: a section of c first, then section 2 of a. Vectors: section 1 of a, section 3 of a, then c.
        // Summaries: a's section 1 only.
        Map<String, Double> scores = RankFusion.runbookScores(List.of(List.of(6, 2), List.of(1, 3, 6), List.of(1)),
                FILES::get);

        // a is second among runbooks by keyword and first by vectors (its two sections count once) and by summary;
        // c is first and second. Section by section, a's 1 and 2 would each have been found by one list only.
        assertEquals(1.0 / 62 + 1.0 / 61 + 1.0 / 61, scores.get("a"), 1e-12);
        assertEquals(1.0 / 61 + 1.0 / 62, scores.get("c"), 1e-12);
        assertTrue(scores.get("a") > scores.get("c"));
        assertEquals(2, scores.size());
    }

    @Test
    void documentsOnlyARunbookRankingFoundJoinTheCandidatesLast() {
        List<RankFusion.Ranked> fused = List.of(ranked(6, 0.040), ranked(1, 0.035));

        List<RankFusion.Ranked> all = RankFusion.withUnranked(fused, List.of(1, 9));

        assertEquals(List.of(ranked(6, 0.040), ranked(1, 0.035), ranked(9, 0)), all);
    }

    @Test
    void aRunbooksScoreDecidesWhereItsFirstSectionGoesAndItsOtherSectionsDecayAsBefore() {
        List<RankFusion.Ranked> fused = List.of(ranked(6, 0.040), ranked(1, 0.035), ranked(2, 0.030));
        Map<String, Double> runbooks = Map.of("a", 0.050, "c", 0.045);

        List<RankFusion.Ranked> grouped = RankFusion.group(fused, FILES::get, Map.of(), 3, 0.8, runbooks);

        assertEquals(List.of(1, 6, 2), grouped.stream().map(RankFusion.Ranked::doc).toList());
        assertEquals(0.050, grouped.get(0).score(), 1e-12);
        assertEquals(0.030 * 0.8, grouped.get(2).score(), 1e-12);
    }

    private static RankFusion.Ranked ranked(int doc, double score) {
        return new RankFusion.Ranked(doc, score);
    }

    private static List<String> files(List<RankFusion.Ranked> ranked) {
        return ranked.stream().map(hit -> FILES.get(hit.doc())).toList();
    }
}
