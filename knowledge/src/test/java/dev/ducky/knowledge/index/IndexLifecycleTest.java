package dev.ducky.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedding cache across rebuilds, schema versions, the write lock, and files that are not text. */
class IndexLifecycleTest {
    @TempDir
    Path temp;
    private Path runbooks;
    private Path indexDir;

    @BeforeEach
    void corpus() throws IOException {
        runbooks = TestCorpus.copy("runbooks/corpus", temp.resolve("runbooks"));
        indexDir = temp.resolve("index");
    }

    @Test
    void aDeletedIndexIsRebuiltWithoutEmbeddingAnythingAgain() throws IOException {
        IndexReport first = index();
        assertTrue(first.embedded() > 0);
        try (Stream<Path> files = Files.list(indexDir)) { // the Lucene files go, the embedding cache stays
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
        IndexReport rebuilt = index();
        assertEquals(0, rebuilt.embedded());
        assertEquals(first.sections(), rebuilt.cached());
        assertEquals(first.sections(), rebuilt.sections());
    }

    @Test
    void anIndexOfAnotherSchemaIsRebuiltByTheIndexerAndRefusedByTheSearcher() throws IOException {
        index();
        try (Directory directory = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of("ducky.schema", "ducky-sections-0").entrySet());
            writer.commit();
        }
        IndexOutdatedException refused = assertThrows(IndexOutdatedException.class,
                () -> RunbookSearcher.open(indexDir));
        assertTrue(refused.getMessage().contains("ducky index"), refused.getMessage());

        IndexReport rebuilt = index();
        assertTrue(rebuilt.rebuiltBecause().contains("ducky-sections-0"), rebuilt.rebuiltBecause());
        assertEquals(0, rebuilt.unchanged()); // every file was read again, none trusted
        try (RunbookSearcher searcher = RunbookSearcher.open(indexDir)) {
            assertFalse(searcher.search("consumers are falling behind", 1).isEmpty());
        }
    }

    @Test
    void aSecondWriterGetsAClearMessageNotALockException() throws IOException {
        index();
        try (Directory directory = FSDirectory.open(indexDir);
             Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            IndexLockedException locked = assertThrows(IndexLockedException.class, this::index);
            assertTrue(locked.getMessage().contains("being written by another process"), locked.getMessage());
            assertTrue(locked.getMessage().contains(indexDir.toAbsolutePath().toString()), locked.getMessage());
            try (RunbookSearcher searcher = RunbookSearcher.open(indexDir)) { // reading needs no lock
                assertFalse(searcher.search("disk full", 1).isEmpty());
            }
        }
    }

    @Test
    void binaryAndNonUtf8FilesAreSkippedWithTheirReasonAndTheOthersIndexed() throws IOException {
        Files.write(runbooks.resolve("diagram.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Files.write(runbooks.resolve("latin1.md"), "# Caf\u00e9\n\nr\u00e9sum\u00e9".getBytes("ISO-8859-1"));
        Files.write(runbooks.resolve("rules.yml"), new byte[] {'a', ':', 0});

        IndexReport report = index();

        assertEquals(List.of("diagram.md: binary file, not text", "latin1.md: not UTF-8 text; save the runbook as UTF-8",
                "rules.yml: binary file, not text"), report.skipped().stream().map(Object::toString).sorted().toList());
        assertEquals(6, report.files());
    }

    private IndexReport index() throws IOException {
        return new RunbookIndexer(indexDir).index(List.of(runbooks), IndexListener.NONE);
    }
}
