package dev.ducky.knowledge.runbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleRunbooksTest {
    private static final Path SAMPLES = Path.of(System.getProperty("basedir", "."), "samples");
    private static final String TEST_SAMPLES = "dev/ducky/knowledge/testsamples/";

    @TempDir
    Path temp;

    private static void assumeSamplesWritten() {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES),
                "knowledge/samples does not exist yet, so there is no index.txt to check");
    }

    /** The jar cannot list its samples, so index.txt must name every one of them, and nothing else. */
    @Test
    void indexTxtListsExactlyTheSampleFiles() throws IOException {
        assumeSamplesWritten();
        Path index = SAMPLES.resolve(SampleRunbooks.INDEX);
        assertTrue(Files.isRegularFile(index), "knowledge/samples/index.txt is missing");

        Set<String> listed = new TreeSet<>(SampleRunbooks.parseIndex(Files.readString(index)));
        Set<String> present;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            present = files.filter(Files::isRegularFile).filter(file -> !file.equals(index))
                    .map(file -> SAMPLES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed, "knowledge/samples/index.txt must list exactly the files beside it");
    }

    @Test
    void extractsTheBundledSamples() throws IOException {
        assumeSamplesWritten();

        Path dir = SampleRunbooks.extractTo(temp.resolve("samples"));

        for (String name : SampleRunbooks.parseIndex(Files.readString(SAMPLES.resolve(SampleRunbooks.INDEX)))) {
            assertArrayEquals(Files.readAllBytes(SAMPLES.resolve(name)), Files.readAllBytes(dir.resolve(name)), name);
        }
    }

    @Test
    void extractsTheListedFilesIntoSubdirectories() throws IOException {
        Path dir = SampleRunbooks.extractTo(temp.resolve("out"), TEST_SAMPLES);

        assertEquals(temp.resolve("out"), dir);
        assertEquals(List.of("nested/search-down.md", "queue-backlog.md"), listFiles(dir));
        assertTrue(Files.readString(dir.resolve("nested/search-down.md")).contains("Restart the search pods"));
    }

    @Test
    void rewritesOnlyFilesWhoseContentDiffers() throws IOException {
        Path dir = SampleRunbooks.extractTo(temp.resolve("out"), TEST_SAMPLES);
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Path untouched = dir.resolve("queue-backlog.md");
        Files.setLastModifiedTime(untouched, longAgo);
        Path edited = dir.resolve("nested/search-down.md");
        Files.writeString(edited, "edited locally", StandardCharsets.UTF_8);

        SampleRunbooks.extractTo(dir, TEST_SAMPLES);

        assertEquals(longAgo, Files.getLastModifiedTime(untouched), "same content must not be rewritten");
        assertTrue(Files.readString(edited).contains("Restart the search pods"), "changed content is restored");
    }

    @Test
    void refusesAnIndexThatPointsOutsideTheTargetDirectory() {
        IOException e = assertThrows(IOException.class,
                () -> SampleRunbooks.extractTo(temp.resolve("out"), "dev/ducky/knowledge/escapingsamples/"));

        assertTrue(e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void saysWhichResourceIsMissing() {
        IOException e = assertThrows(IOException.class,
                () -> SampleRunbooks.extractTo(temp.resolve("out"), "dev/ducky/knowledge/nosuchsamples/"));

        assertTrue(e.getMessage().contains("dev/ducky/knowledge/nosuchsamples/index.txt"), e.getMessage());
    }

    private static List<String> listFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
