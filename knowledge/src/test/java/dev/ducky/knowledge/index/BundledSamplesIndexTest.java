package dev.ducky.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.knowledge.runbook.SampleRunbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples shipped in the jar are the embedded demo's knowledge: every one of them must index cleanly. */
class BundledSamplesIndexTest {
    @TempDir
    Path temp;

    @Test
    void everyBundledSampleIndexesWithoutBeingSkipped() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of(System.getProperty("basedir", "."), "samples")),
                "knowledge/samples does not exist yet");
        Path samples = SampleRunbooks.extractTo(temp.resolve("samples"));

        IndexReport report = new RunbookIndexer(temp.resolve("index")).index(List.of(samples), IndexListener.NONE);

        assertEquals(List.of(), report.skipped());
        assertTrue(report.files() > 0);
        IndexReport again = new RunbookIndexer(temp.resolve("index"))
                .index(List.of(SampleRunbooks.extractTo(samples)), IndexListener.NONE);
        assertEquals(0, again.parsed(), "extracting again must not make the index re-parse anything");
    }
}
