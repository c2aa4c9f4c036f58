package dev.ducky.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void keepsTheFirstLinesOnly() {
        String excerpt = Excerpt.of("1. one\n\n2. two\n3. three\n4. four\n5. five\n6. six");
        assertEquals("1. one\n2. two\n3. three\n4. four\n…", excerpt);
    }

    @Test
    void closesACodeBlockItCutsThrough() {
        String excerpt = Excerpt.of("Check:\n```promql\nrate(a[5m])\nrate(b[5m])\nrate(c[5m])\n```");
        assertTrue(excerpt.endsWith("```\n…"), excerpt);
    }

    @Test
    void aShortSectionIsShownWhole() {
        assertEquals("Scale the workers out.", Excerpt.of("Scale the workers out.\n"));
    }

    @Test
    void oneHugeLineIsCut() {
        String excerpt = Excerpt.of("x".repeat(1000));
        assertEquals(Excerpt.MAX_CHARS + 1, excerpt.length());
    }
}
