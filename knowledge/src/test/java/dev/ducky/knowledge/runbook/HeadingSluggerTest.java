package dev.ducky.knowledge.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingSluggerTest {
    @Test
    void lowercasesDropsPunctuationAndTurnsSpacesIntoHyphens() {
        HeadingSlugger slugger = new HeadingSlugger();

        assertEquals("what-to-do-if-p99--2s", slugger.slug("What to do if p99 > 2s?"));
        assertEquals("kafka_consumergroup_lag-by-partition", slugger.slug("kafka_consumergroup_lag by partition"));
        assertEquals("re-run-the-job", slugger.slug("Re-run the job"));
    }

    @Test
    void numbersRepeatedHeadingsLikeGitHub() {
        HeadingSlugger slugger = new HeadingSlugger();

        assertEquals("steps", slugger.slug("Steps"));
        assertEquals("steps-1", slugger.slug("Steps"));
        assertEquals("steps-1-1", slugger.slug("Steps 1"));
        assertEquals("steps-2", slugger.slug("Steps!"));
    }
}
