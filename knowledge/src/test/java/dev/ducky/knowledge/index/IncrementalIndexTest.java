package dev.ducky.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-indexing only touches what changed on disk, and an open searcher picks the change up on refresh. */
class IncrementalIndexTest {
    @TempDir
    Path temp;
    private Path runbooks;
    private RunbookIndexer indexer;
    private IndexReport first;

    @BeforeEach
    void indexOnce() throws IOException {
        runbooks = TestCorpus.copy("runbooks/corpus", temp.resolve("runbooks"));
        indexer = new RunbookIndexer(temp.resolve("index"));
        first = indexer.index(List.of(runbooks), IndexListener.NONE);
    }

    private IndexReport reindex() throws IOException {
        return indexer.index(List.of(runbooks), IndexListener.NONE);
    }

    @Test
    void anUnchangedCorpusIsNotParsedAgain() throws IOException {
        RecordingListener listener = new RecordingListener();

        IndexReport second = indexer.index(List.of(runbooks), listener);

        assertEquals(0, second.parsed());
        assertEquals(6, second.unchanged());
        assertEquals(0, second.deleted());
        assertEquals(first.files(), second.files());
        assertEquals(first.sections(), second.sections());
        assertEquals(6, listener.done.size());
    }

    @Test
    void aChangedFileIsReplacedAndOnlyItIsParsed() throws IOException {
        Files.copy(TestCorpus.resource("runbooks/changed/consumer-lag.md"), runbooks.resolve("kafka/consumer-lag.md"),
                StandardCopyOption.REPLACE_EXISTING);

        IndexReport second = reindex();

        assertEquals(1, second.parsed());
        assertEquals(5, second.unchanged());
        assertEquals(first.sections() - 4 + 2, second.sections()); // 4 old kafka sections out, 2 new ones in
        try (RunbookSearcher searcher = RunbookSearcher.open(temp.resolve("index"))) {
            assertEquals("kafka/consumer-lag.md#mitigation",
                    searcher.search("nightly reprocessing job", 1).get(0).citation());
            // Words only the old text had: a keyword search proves it left (a vector search always finds a neighbour).
            assertTrue(searcher.search(SearchRequest.of("poison message offset", 10).withMode(SearchMode.KEYWORD))
                    .stream()
                    .noneMatch(hit -> hit.path().equals("kafka/consumer-lag.md")));
        }
    }

    @Test
    void aDeletedFileLeavesTheIndex() throws IOException {
        Files.delete(runbooks.resolve("tls/certificate-expiry.md"));

        IndexReport second = reindex();

        assertEquals(1, second.deleted());
        assertEquals(5, second.files());
        assertEquals(first.sections() - 4, second.sections());
        try (RunbookSearcher searcher = RunbookSearcher.open(temp.resolve("index"))) {
            assertTrue(searcher.search("TLS certificate expiry renew", 10).stream()
                    .noneMatch(hit -> hit.path().startsWith("tls/")));
        }
    }

    @Test
    void aFileThatBreaksLeavesTheIndexAndIsReported() throws IOException {
        Files.copy(TestCorpus.resource("runbooks/broken/unclosed-bracket.md"),
                runbooks.resolve("tls/certificate-expiry.md"), StandardCopyOption.REPLACE_EXISTING);

        IndexReport second = reindex();

        assertEquals(1, second.skipped().size());
        assertEquals("tls/certificate-expiry.md", second.skipped().get(0).path());
        assertEquals(4, second.skipped().get(0).line());
        assertEquals(1, second.deleted());
        assertEquals(5, second.files());
    }

    @Test
    void anOpenSearcherSeesChangesAfterRefresh() throws IOException {
        try (RunbookSearcher searcher = RunbookSearcher.open(temp.resolve("index"))) {
            assertFalse(searcher.refresh(), "nothing changed yet");
            Files.delete(runbooks.resolve("tls/certificate-expiry.md"));
            reindex();

            assertTrue(searcher.search("certificate", 5).stream().anyMatch(hit -> hit.path().startsWith("tls/")),
                    "still the old reader before refresh");
            assertTrue(searcher.refresh());
            assertTrue(searcher.search("certificate", 5).stream().noneMatch(hit -> hit.path().startsWith("tls/")));
        }
    }

    @Test
    void theIndexHoldsExactlyTheDirectoriesOfTheLastRun() throws IOException {
        Path extra = TestCorpus.copy("runbooks/extra", temp.resolve("extra"));

        IndexReport second = indexer.index(List.of(extra), IndexListener.NONE);

        assertEquals(1, second.files());
        assertEquals(6, second.deleted());
        assertEquals(1, second.sections());
    }
}
