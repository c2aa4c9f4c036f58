package dev.ducky.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsVocabularyTest {
    @TempDir
    Path dir;

    @Test
    void addsTheWordsRunbooksUseForAResponderSWords() {
        OpsVocabulary vocabulary = OpsVocabulary.bundled();

        assertEquals(List.of("node"), vocabulary.addedWords("a Machine is full"));
        assertTrue(vocabulary.addedWords("the agent on a node is not responding").contains("kubelet"));
        assertTrue(vocabulary.addedWords("the log collector is not running on every machine").contains("daemonset"));
    }

    @Test
    void neverAddsAWordTheQuestionHasAlready() {
        assertEquals(List.of(), OpsVocabulary.bundled().addedWords("the node is down, the host is down"));
    }

    @Test
    void theExpandedQuestionKeepsTheQuestionAndAddsTheWordsAfterIt() {
        assertEquals("a host is full\n(node)", OpsVocabulary.bundled().expand("a host is full"));
        assertEquals("nothing to add here", OpsVocabulary.bundled().expand("nothing to add here"));
    }

    @Test
    void noneAddsNothing() {
        assertEquals("a host is full", OpsVocabulary.NONE.expand("a host is full"));
    }

    @Test
    void aTeamAddsItsOwnWordsToTheBundledOnes() throws IOException {
        Path file = Files.writeString(dir.resolve("words.txt"), "# our names\nthe gizmo, gizmo => kafka, consumer\n");

        OpsVocabulary vocabulary = OpsVocabulary.bundledWith(file);

        assertEquals(List.of("kafka", "consumer"), vocabulary.addedWords("the gizmo is broken"));
        assertEquals(List.of("node"), vocabulary.addedWords("one host"));
    }

    @Test
    void aBrokenTeamFileNamesItselfAndTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("words.txt"), "gizmo => kafka\n => nothing on the left\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OpsVocabulary.bundledWith(file));

        assertTrue(error.getMessage().startsWith(file + ":2: "), error.getMessage());
    }

    @Test
    void aMissingTeamFileIsAClearError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OpsVocabulary.bundledWith(dir.resolve("absent.txt")));

        assertTrue(error.getMessage().contains("absent.txt"), error.getMessage());
    }

    @Test
    void theSearcherSearchesWithTheAddedWords() throws IOException {
        Path indexDir = dir.resolve("index");
        new RunbookIndexer(indexDir).index(List.of(TestCorpus.resource("runbooks/corpus")), IndexListener.NONE);
        Path file = Files.writeString(dir.resolve("words.txt"), "gizmo => kafka consumer lag\n");
        SearchRequest question = SearchRequest.of("gizmo", 3).withMode(SearchMode.KEYWORD);

        try (RunbookSearcher searcher = RunbookSearcher.open(indexDir)) {
            assertEquals(List.of(), searcher.search(question));
            searcher.vocabulary(OpsVocabulary.bundledWith(file));
            assertEquals("kafka/consumer-lag.md", searcher.search(question).get(0).path());
            assertEquals(List.of("kafka", "consumer", "lag"), searcher.addedWords("gizmo"));
        }
    }
}
