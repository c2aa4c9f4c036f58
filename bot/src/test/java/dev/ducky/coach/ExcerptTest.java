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
    void aShortCodeBlockIsShownWhole() {
        String excerpt = Excerpt.of("Check:\n```promql\nrate(a[5m])\n-\nrate(b[5m])\n```\nThen compare.");
        assertEquals("Check:\n```promql\nrate(a[5m])\n-\nrate(b[5m])\n```\n…", excerpt);
    }

    @Test
    void aCodeBlockTooLongToShowWholeIsLeftOut() {
        String excerpt = Excerpt.of("Check:\n```promql\n" + "x\n".repeat(20) + "```\nThen compare.");
        assertEquals("Check:\n…", excerpt);
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
