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
        assertEquals(Excerpt.MAX_CHARS, excerpt.length());
        assertTrue(excerpt.endsWith("…"), excerpt);
    }

    @Test
    void aLongParagraphIsCutAfterASentenceNeverInOne() {
        String sentence = "Drain the node with kubectl drain and wait for its pods to move. ";
        String excerpt = Excerpt.of(sentence.repeat(12).strip());
        assertTrue(excerpt.startsWith(sentence.strip()), excerpt);
        assertTrue(excerpt.endsWith("move. …"), "ends after a sentence: " + excerpt);
        assertTrue(excerpt.length() <= Excerpt.MAX_CHARS + 2, excerpt);
    }

    @Test
    void aWarningAfterTheStepsShownIsKept() {
        String section = """
                1. Cordon the node: `kubectl cordon NODE`.
                2. Drain it: `kubectl drain NODE --ignore-daemonsets`.
                3. Wait until its pods run elsewhere.
                4. Reboot the node from the cloud console.
                5. Uncordon it.
                6. Watch the error rate for ten minutes.
                This is safe for worker nodes only. Never drain a control-plane node this way: etcd loses quorum.
                """;
        String excerpt = Excerpt.of(section);
        assertTrue(excerpt.startsWith("1. Cordon the node"), excerpt);
        assertTrue(excerpt.contains("…\nThis is safe for worker nodes only. Never drain a control-plane node"),
                "the scope condition comes with the steps: " + excerpt);
        assertTrue(!excerpt.contains("5. Uncordon"), excerpt);
    }

    @Test
    void warningsInsideLeftOutCodeAreNotWarnings() {
        String excerpt = Excerpt.of("1. a\n2. b\n3. c\n4. d\n```\n# never run this twice\n```\nDone.");
        assertEquals("1. a\n2. b\n3. c\n4. d\n…", excerpt);
    }
}
