package dev.ducky.knowledge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.knowledge.runbook.SectionRole;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files beside runbooks: indexed, linked to their runbook sections, usable as filters. */
class AlertRulesIndexTest {
    @TempDir
    Path temp;
    private IndexReport report;

    @BeforeEach
    void index() throws IOException {
        report = new RunbookIndexer(temp.resolve("index"))
                .index(List.of(TestCorpus.resource("runbooks/with-alerts")), IndexListener.NONE);
    }

    @Test
    void ruleFilesAreIndexedAndOtherYamlIsIgnored() {
        assertEquals(3, report.alertRules());
        assertEquals(5, report.files()); // 3 runbooks, 2 rule files; values.yml is neither
        assertEquals(List.of(), report.skipped());
        assertEquals(6, report.sections()); // rules are not sections
    }

    @Test
    void aRuleLinksToTheSectionItsRunbookUrlPointsAt() throws IOException {
        try (RunbookSearcher searcher = RunbookSearcher.open(temp.resolve("index"))) {
            AlertRuleHit checkout = searcher.alertRules("checkouterrorshigh").get(0);
            assertEquals("rules/checkout.yaml", checkout.rule().path());
            assertEquals("runbooks/checkout.md#mitigation", checkout.runbook().orElseThrow().citation());

            AlertRuleHit crash = searcher.alertRules("KubePodCrashLooping").get(0);
            assertEquals("runbooks/kubernetes/KubePodCrashLooping.md#meaning",
                    crash.runbook().orElseThrow().citation()); // runbook_url without anchor: the runbook's start

            AlertRuleHit job = searcher.alertRules("KubeJobFailed").get(0); // no runbook_url: front matter alerts
            assertEquals("runbooks/jobs.md#meaning", job.runbook().orElseThrow().citation());
        }
    }

    @Test
    void rulesAreFoundByWhatTheyWatchWithTheirPromql() throws IOException {
        try (RunbookSearcher searcher = RunbookSearcher.open(temp.resolve("index"))) {
            AlertRuleHit hit = searcher.searchAlertRules("share of checkout requests that fail", 1).get(0);
            assertEquals("CheckoutErrorsHigh", hit.rule().name());
            assertTrue(hit.rule().expr().contains("http_requests_total"), hit.rule().expr());
        }
    }

    @Test
    void searchesFilterByAlertServiceAndRole() throws IOException {
        try (RunbookSearcher searcher = RunbookSearcher.open(temp.resolve("index"))) {
            SearchRequest question = SearchRequest.of("what do I do now", 10);
            // The checkout runbook declares no alert: its rule's runbook_url makes it the alert's runbook.
            assertEquals(List.of("runbooks/checkout.md"), paths(searcher.search(
                    question.withFilter(SectionFilter.alert("CheckoutErrorsHigh")))));
            assertEquals(List.of("runbooks/jobs.md"), paths(searcher.search(
                    question.withFilter(SectionFilter.service("BATCH")))));
            List<SearchHit> mitigations = searcher.search(question.withFilter(
                    new SectionFilter(List.of(), List.of(), List.of(SectionRole.MITIGATION))));
            assertEquals(2, mitigations.size());
            assertTrue(mitigations.stream().allMatch(hit -> hit.role() == SectionRole.MITIGATION));
        }
    }

    private static List<String> paths(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::path).distinct().toList();
    }
}
