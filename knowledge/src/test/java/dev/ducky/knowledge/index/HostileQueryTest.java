package dev.ducky.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a responder types, search answers with hits or with nothing, never with an exception. */
class HostileQueryTest {
    @TempDir
    static Path indexDir;
    private static RunbookSearcher searcher;

    @BeforeAll
    static void indexCorpus() throws IOException {
        new RunbookIndexer(indexDir).index(List.of(TestCorpus.resource("runbooks/corpus")), IndexListener.NONE);
        searcher = RunbookSearcher.open(indexDir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    static Stream<String> hostileQueries() throws IOException {
        return Files.readAllLines(TestCorpus.resource("hostile-queries.txt")).stream();
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void neverThrows(String question) throws IOException {
        assertTrue(searcher.search(question, 5).size() <= 5);
    }

    @Test
    void queryLanguageIsSearchedAsWords() throws IOException {
        String promql = hostileQueries().findFirst().orElseThrow();

        assertEquals("http/5xx-error-spike.md#meaning", searcher.search(promql, 1).get(0).citation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t", "AND OR NOT", "*", "the of and"})
    void questionsWithoutSearchableWordsFindNothing(String question) throws IOException {
        assertEquals(List.of(), searcher.search(question, 5));
    }

    @Test
    void nullQuestionFindsNothing() throws IOException {
        assertEquals(List.of(), searcher.search(null, 5));
    }

    @Test
    void aPastedLogOfManyWordsStillSearches() throws IOException {
        String log = String.join(" ", Files.readAllLines(TestCorpus.resource("runbooks/corpus/kafka/consumer-lag.md")))
                .repeat(20);

        assertEquals("kafka/consumer-lag.md", searcher.search(log, 1).get(0).path());
    }

    @Test
    void kMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> searcher.search("disk", 0));
    }
}
