package dev.ducky.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Responders' questions against the fixture corpus, each with the one section that must come first. */
class RunbookSearchGoldenTest {
    @TempDir
    static Path indexDir;
    private static RunbookSearcher searcher;

    @BeforeAll
    static void indexCorpus() throws IOException {
        IndexReport report = new RunbookIndexer(indexDir)
                .index(List.of(TestCorpus.resource("runbooks/corpus")), IndexListener.NONE);
        assertEquals(List.of(), report.skipped());
        assertEquals(6, report.files());
        searcher = RunbookSearcher.open(indexDir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    static Stream<Arguments> goldenQueries() throws IOException {
        return Files.readAllLines(TestCorpus.resource("golden-queries.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\|"))
                .map(parts -> Arguments.of(parts[0].strip(), parts[1].strip()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("goldenQueries")
    void topHitIsTheExpectedSection(String question, String expected) throws IOException {
        List<SearchHit> hits = searcher.search(question, 3);

        assertFalse(hits.isEmpty(), "no hit for " + question);
        assertEquals(expected, hits.get(0).citation(),
                () -> "top 3: " + hits.stream().map(h -> h.citation() + " " + h.score()).toList());
    }

    @Test
    void goldenSetIsBigEnoughToMeanSomething() throws IOException {
        assertTrue(goldenQueries().count() >= 8);
    }

    @Test
    void hitsCarryTheSectionAndItsPlaceInTheRunbook() throws IOException {
        SearchHit hit = searcher.search("KubePodCrashLooping", 1).get(0);

        assertEquals("kubernetes/KubePodCrashLooping.md", hit.path());
        assertEquals("meaning", hit.anchor());
        assertEquals("KubePodCrashLooping", hit.title());
        assertEquals("Meaning", hit.section());
        assertEquals(List.of("KubePodCrashLooping", "Meaning"), hit.breadcrumb());
        assertTrue(hit.text().startsWith("KubePodCrashLooping fires when a container in a pod is crash looping"),
                hit.text());
        assertTrue(hit.score() > 0);
    }

    @Test
    void returnsAtMostKHitsBestFirst() throws IOException {
        List<SearchHit> hits = searcher.search("pods restart", 4);

        assertEquals(4, hits.size());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "not sorted: " + hits);
        }
    }

    @Test
    void codeBlocksAreSearchable() throws IOException {
        assertEquals("database/connection-pool-exhausted.md#diagnosis",
                searcher.search("pg_stat_activity", 1).get(0).citation());
    }
}
