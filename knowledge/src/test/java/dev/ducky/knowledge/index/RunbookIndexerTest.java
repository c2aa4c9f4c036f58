package dev.ducky.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookIndexerTest {
    private static final String BAD_INDENTATION_REASON = "front matter is not valid YAML: expected <block end>, "
            + "but found '<block sequence start>' (while parsing a block mapping that starts on line 2)";

    @TempDir
    Path temp;

    private Path corpus() throws IOException {
        return TestCorpus.copy("runbooks/corpus", temp.resolve("runbooks"));
    }

    private Path indexDir() {
        return temp.resolve("index");
    }

    @Test
    void indexesEverySectionWithText() throws IOException {
        RecordingListener listener = new RecordingListener();

        IndexReport report = new RunbookIndexer(indexDir()).index(List.of(corpus()), listener);

        assertEquals(6, report.files());
        assertEquals(6, report.parsed());
        assertEquals(28, report.sections()); // 5 + 5 + 4 + 4 + 5 + 5: headings without text are no section
        assertEquals(List.of(), report.skipped());
        assertEquals(List.of(6), listener.started);
        assertEquals(6, listener.done.size());
    }

    @Test
    void brokenFrontMatterIsSkippedWithLineAndReasonWhileTheOthersAreIndexed() throws IOException {
        Path runbooks = corpus();
        Files.createDirectories(runbooks.resolve("payments"));
        Files.copy(TestCorpus.resource("runbooks/broken/bad-indentation.md"),
                runbooks.resolve("payments/checkout-latency.md"));
        RecordingListener listener = new RecordingListener();

        IndexReport report = new RunbookIndexer(indexDir()).index(List.of(runbooks), listener);

        assertEquals(List.of(new SkippedFile("payments/checkout-latency.md", 5, BAD_INDENTATION_REASON)),
                report.skipped());
        assertEquals("payments/checkout-latency.md:5: " + BAD_INDENTATION_REASON, report.skipped().get(0).toString());
        assertEquals(6, report.files());
        assertEquals(List.of(7), listener.started);
        assertEquals(7, listener.done.size()); // skipped files count as done for the progress bar
        try (RunbookSearcher searcher = RunbookSearcher.open(indexDir())) {
            assertEquals("kafka/consumer-lag.md#meaning", searcher.search("consumers falling behind", 1).get(0)
                    .citation());
            assertTrue(searcher.search("checkout latency", 10).stream()
                    .noneMatch(hit -> hit.path().startsWith("payments/")));
        }
    }

    @Test
    void aMissingDirectoryFailsBeforeAnythingIsWritten() throws IOException {
        Path missing = temp.resolve("no-such-runbooks");
        RecordingListener listener = new RecordingListener();

        RunbookDirectoryMissingException e = assertThrows(RunbookDirectoryMissingException.class,
                () -> new RunbookIndexer(indexDir()).index(List.of(corpus(), missing), listener));

        assertEquals(missing, e.directory());
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
        assertFalse(Files.exists(indexDir()));
        assertEquals(List.of(), listener.started);
    }

    @Test
    void aFileThatIsNotADirectoryIsMissingToo() throws IOException {
        Path file = corpus().resolve("kafka/consumer-lag.md");

        assertThrows(RunbookDirectoryMissingException.class,
                () -> new RunbookIndexer(indexDir()).index(List.of(file), IndexListener.NONE));
    }

    @Test
    void filesOverTheSizeLimitAreSkippedWithTheirSize() throws IOException {
        Path runbooks = corpus();
        long limit = 1_400;
        Path huge = runbooks.resolve("kubernetes/KubePodCrashLooping.md");
        long size = Files.size(huge);
        assertTrue(size > limit, "fixture must be larger than the limit");
        long otherLargest = 0;
        try (var files = Files.walk(runbooks)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.equals(huge)).toList()) {
                otherLargest = Math.max(otherLargest, Files.size(file));
            }
        }
        assertTrue(otherLargest <= limit, "other fixtures must fit the limit");

        IndexReport report = new RunbookIndexer(indexDir()).maxFileBytes(limit).index(List.of(runbooks),
                IndexListener.NONE);

        assertEquals(List.of(new SkippedFile("kubernetes/KubePodCrashLooping.md", 0,
                "file is " + size + " bytes, over the 1400-byte limit for a runbook")), report.skipped());
        assertEquals(5, report.files());
    }

    @Test
    void hiddenDirectoriesAndOtherFilesAreIgnoredReadmesAreIndexed() throws IOException {
        Path runbooks = corpus();
        Path sample = TestCorpus.resource("runbooks/corpus/tls/certificate-expiry.md");
        Files.createDirectories(runbooks.resolve(".git"));
        Files.copy(sample, runbooks.resolve(".git/certificate-expiry.md"));
        Files.copy(sample, runbooks.resolve(".hidden.md"));
        Files.copy(sample, runbooks.resolve("tls/certificate-expiry.txt"));
        Files.copy(TestCorpus.resource("runbooks/extra/README.md"), runbooks.resolve("README.markdown"));

        IndexReport report = new RunbookIndexer(indexDir()).index(List.of(runbooks), IndexListener.NONE);

        assertEquals(7, report.files());
        assertEquals(Set.of("README.markdown", "database/connection-pool-exhausted.md", "http/5xx-error-spike.md",
                "kafka/consumer-lag.md", "kubernetes/KubePodCrashLooping.md", "storage/disk-filling-up.md",
                "tls/certificate-expiry.md"), storedValues(SectionFields.PATH));
    }

    @Test
    void pathsAreRelativeToTheDirectoryEachFileWasFoundIn() throws IOException {
        Path runbooks = corpus();
        Path extra = TestCorpus.copy("runbooks/extra", temp.resolve("extra"));

        new RunbookIndexer(indexDir()).index(List.of(runbooks, extra), IndexListener.NONE);

        try (RunbookSearcher searcher = RunbookSearcher.open(indexDir())) {
            assertEquals("README.md#runbooks", searcher.search("how to write a runbook", 1).get(0).citation());
        }
        assertEquals(Set.of(runbooks.toAbsolutePath().toString(), extra.toAbsolutePath().toString()),
                storedValues(SectionFields.ROOT));
    }

    private Set<String> storedValues(String field) throws IOException {
        Set<String> values = new HashSet<>();
        try (FSDirectory directory = FSDirectory.open(indexDir());
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document stored = reader.storedFields().document(doc, Set.of(field));
                if (stored.get(field) != null) { // a runbook's whole-text document has no section fields
                    values.add(stored.get(field));
                }
            }
        }
        return values;
    }
}
