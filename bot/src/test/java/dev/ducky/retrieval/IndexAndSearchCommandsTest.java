package dev.ducky.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.Ducky;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ducky index} and {@code ducky search} as a user runs them: output, JSON shape, errors. */
class IndexAndSearchCommandsTest {
    @TempDir
    Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void indexPrintsASummaryAndSearchPrintsTheDocumentedJson() throws Exception {
        Path index = temp.resolve("index");
        assertEquals(0, run("index", runbooks().toString(), "--index-dir", index.toString()));
        assertTrue(out.toString().startsWith("files=2 sections="), out.toString());
        assertTrue(err.toString().contains("Indexing"), "a progress bar on stderr: " + err);

        out.reset();
        assertEquals(0, run("search", "--index-dir", index.toString(), "-k", "2", "--json", "queue", "backlog"));
        JsonNode hits = new ObjectMapper().readTree(out.toString());
        assertEquals(2, hits.size());
        JsonNode best = hits.get(0);
        assertEquals("orders-queue.md", best.get("path").asText());
        for (String field : new String[] {"path", "anchor", "title", "section", "score"}) {
            assertTrue(best.has(field), field + " in " + best);
        }
        assertEquals(5, best.size(), "no fields beyond the documented ones: " + best);
    }

    @Test
    void searchSaysWhichWordsItAddedAndATeamVocabularyAddsItsOwn() throws Exception {
        Path index = temp.resolve("index");
        assertEquals(0, run("index", runbooks().toString(), "--index-dir", index.toString()));
        Path words = Files.writeString(temp.resolve("words.txt"), "the pipe => queue, backlog\n");

        out.reset();
        assertEquals(0, run("search", "--index-dir", index.toString(), "--vocabulary", words.toString(),
                "the", "pipe", "on", "a", "host"));

        assertTrue(out.toString().startsWith("Also searched for: queue, backlog, node\n"), out.toString());
        assertTrue(out.toString().contains("orders-queue.md"), out.toString());

        Path broken = Files.writeString(temp.resolve("broken.txt"), " => nothing\n");
        err.reset();
        assertEquals(1, run("search", "--index-dir", index.toString(), "--vocabulary", broken.toString(), "x"));
        assertTrue(err.toString().contains("DUCKY_VOCABULARY: " + broken + ":1: not a vocabulary line"),
                err.toString());
    }

    @Test
    void aSecondWriterAndAnEmptyDirectoryGetClearErrors() throws Exception {
        Path index = temp.resolve("index");
        assertEquals(0, run("index", runbooks().toString(), "--index-dir", index.toString()));
        try (Directory directory = FSDirectory.open(index);
             Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            err.reset();
            assertEquals(2, run("index", runbooks().toString(), "--index-dir", index.toString()));
            assertTrue(err.toString().contains("error: the runbook index at"), err.toString());
            assertTrue(err.toString().contains("being written by another process"), err.toString());
            assertTrue(!err.toString().contains("LockObtainFailedException"), err.toString());
        }
        Path empty = Files.createDirectories(temp.resolve("empty"));
        err.reset();
        assertEquals(2, run("index", empty.toString(), "--index-dir", temp.resolve("other").toString()));
        assertTrue(err.toString().contains("error: no runbooks found in"), err.toString());
    }

    private static int run(String... args) {
        return new CommandLine(new Ducky()).execute(args);
    }

    private static Path runbooks() throws URISyntaxException {
        return Path.of(IndexAndSearchCommandsTest.class.getResource("/runbooks").toURI());
    }
}
