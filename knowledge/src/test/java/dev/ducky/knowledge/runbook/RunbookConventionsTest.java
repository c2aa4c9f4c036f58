package dev.ducky.knowledge.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Metadata from repository layout, HTML and Hugo markup, steps and code blocks, on files shaped like real ones. */
class RunbookConventionsTest {
    private static final String CRASH_LOOPING = "content/runbooks/kubernetes/KubePodCrashLooping.md";

    @Test
    void aFileNamedAfterItsHeadingIsTheRunbookOfThatAlert() throws Exception {
        Runbook runbook = Fixtures.parse("conventions", CRASH_LOOPING);
        assertEquals(List.of("KubePodCrashLooping"), runbook.alerts());
        assertEquals(List.of("kubernetes"), runbook.services()); // content/ and runbooks/ name no service
        assertEquals(List.of(), Fixtures.parse("conventions", "content/runbooks/kubernetes/accessToolbox.md").alerts());
    }

    @Test
    void anAlertNameHasACapitalAndASmallLetterAfterIt() {
        for (String alert : List.of("etcdNoLeader", "KubePodCrashLooping", "HTTP5xxHigh", "Watchdog")) {
            assertEquals(List.of(alert), RunbookConventions.alerts(List.of(), "alerts/" + alert + ".md", alert, null));
        }
        for (String other : List.of("readme", "ALLCAPS", "node-clock-skew", "a".repeat(40_000) + "!")) {
            assertEquals(List.of(), RunbookConventions.alerts(List.of(), "alerts/" + other + ".md", other, null));
        }
    }

    @Test
    void theFolderUnderDocsIsTheService() throws Exception {
        Runbook runbook = Fixtures.parse("conventions", "docs/patroni/replica-lag.md");
        assertEquals(List.of("patroni"), runbook.services());
        assertEquals(List.of(), runbook.alerts());
        assertEquals(List.of("checkout"), Fixtures.parse("parser/structure.md").services()); // front matter wins
    }

    @Test
    void detailsAndShortcodesLeaveTheirWordsNotTheirMarkup() throws Exception {
        Section meaning = Fixtures.parse("conventions", CRASH_LOOPING).sections().stream()
                .filter(section -> section.anchor().equals("meaning")).findFirst().orElseThrow();
        assertTrue(meaning.text().contains("Kubernetes restarts the container with a growing back-off delay."),
                meaning.text());
        assertTrue(meaning.text().contains("Restarts reset after ten minutes of running."), meaning.text());
        for (String noise : List.of("<", "Full context", "reviewers", "{{", "hint")) {
            assertFalse(meaning.text().contains(noise), noise + " in " + meaning.text());
        }
    }

    @Test
    void orderedListsAreStepsAndCodeBlocksKeepTheirLanguage() throws Exception {
        Section diagnosis = Fixtures.parse("conventions", CRASH_LOOPING).sections().stream()
                .filter(section -> section.anchor().equals("diagnosis")).findFirst().orElseThrow();
        assertEquals(3, diagnosis.steps().size());
        assertTrue(diagnosis.steps().get(0).startsWith("Check pod events:"), diagnosis.steps().get(0));
        assertEquals("See Node Clock Skew for the node side.", diagnosis.steps().get(1));
        assertEquals(List.of("shell", "promql"), diagnosis.codeBlocks().stream().map(CodeBlock::language).toList());
        CodeBlock promql = diagnosis.code("promql").get(0);
        assertTrue(promql.code().contains("{{ $labels.pod }}"), "Go templates are not shortcodes: " + promql.code());
        assertEquals(33, promql.startLine());
    }
}
