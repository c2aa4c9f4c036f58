package dev.ducky.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact identifiers, whole-runbook evidence and confidence on a small corpus where each matters: the runbook that
 * holds a pasted wait event is long and about other things, the runbook whose sections together answer a question
 * matches it in no single section, and nothing in it is about baking.
 */
class RunbookEvidenceGoldenTest {
    @TempDir
    static Path indexDir;
    private static RunbookSearcher searcher;

    @BeforeAll
    static void indexCorpus() throws IOException {
        new RunbookIndexer(indexDir).index(List.of(TestCorpus.resource("runbooks/evidence")), IndexListener.NONE);
        searcher = RunbookSearcher.open(indexDir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @Test
    void aPastedIdentifierFindsTheRunbookHoldingIt() throws IOException {
        List<SearchHit> hits = searcher.search("lots of SubtransControlLock lock waits on the replicas", 3);

        assertEquals("database-troubleshooting.md", hits.get(0).path(), () -> citations(hits));
        assertEquals("waits-on-replicas", hits.get(0).anchor(), () -> citations(hits));
    }

    @Test
    void identifiersAreKeptWholeAndFlagsMatchWithoutTheirDashes() {
        assertEquals(List.of("subtranscontrollock", "pg_stat_activity", "client-output-buffer-limit",
                        "vm.max_map_count", "redis-cli", "bigkeys"),
                List.copyOf(ExactTokens.of("SubtransControlLock in pg_stat_activity, client-output-buffer-limit,"
                        + " sysctl vm.max_map_count, redis-cli --bigkeys. Plain words stay out.")));
    }

    @Test
    void aWholeRunbookAnswerBeatsAScatteredSectionMatch() throws IOException {
        List<SearchHit> hits = searcher.search("after the failover the cache evicts keys and the hit ratio drops", 3);

        assertEquals("cache-failover.md", hits.get(0).path(), () -> citations(hits));
    }

    @Test
    void theAnswerIsConfidentAndAnUnrelatedQuestionStaysBelowTheFloor() throws IOException {
        List<SearchHit> answer = searcher.search("lots of SubtransControlLock lock waits on the replicas", 3);
        List<SearchHit> unrelated = searcher.search("how long should sourdough bread rise before baking", 3);

        assertTrue(answer.get(0).confidence() >= Confidence.FLOOR, () -> confidences(answer));
        assertFalse(unrelated.isEmpty());
        assertTrue(unrelated.stream().allMatch(hit -> hit.confidence() < Confidence.FLOOR),
                () -> confidences(unrelated));
    }

    private static String citations(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::citation).toList().toString();
    }

    private static String confidences(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.citation() + " " + hit.confidence()).toList().toString();
    }
}
