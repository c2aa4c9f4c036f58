package dev.ducky.knowledge.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
    @TempDir
    Path dir;

    @Test
    void vectorsSurviveReopeningAndAreKeyedByExactText() throws IOException {
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "model/a", 3)) {
            cache.put("disk full", new float[] {1, 0, 0});
            cache.put("disk full", new float[] {0, 1, 0}); // the first vector of a text stays
        }
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "model/a", 3)) {
            assertEquals(1, cache.size());
            assertArrayEquals(new float[] {1, 0, 0}, cache.get("disk full"));
            assertNull(cache.get("disk full "));
        }
        try (EmbeddingCache other = EmbeddingCache.open(dir, "model/b", 3)) {
            assertNull(other.get("disk full")); // another model's vectors are another file
        }
    }

    @Test
    void aRecordCutShortByACrashIsDroppedAndAppendsStayAligned() throws IOException {
        Path file;
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", 2)) {
            cache.put("one", new float[] {1, 2});
            file = cache.file();
        }
        Files.write(file, new byte[] {1, 2, 3, 4, 5}, StandardOpenOption.APPEND); // half a record
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", 2)) {
            assertEquals(1, cache.size());
            cache.put("two", new float[] {3, 4});
        }
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", 2)) {
            assertArrayEquals(new float[] {1, 2}, cache.get("one"));
            assertArrayEquals(new float[] {3, 4}, cache.get("two"));
        }
    }

    @Test
    void aFileOfAnotherDimensionIsStartedOver() throws IOException {
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", 2)) {
            cache.put("one", new float[] {1, 2});
        }
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "m", 3)) {
            assertEquals(0, cache.size());
        }
    }
}
