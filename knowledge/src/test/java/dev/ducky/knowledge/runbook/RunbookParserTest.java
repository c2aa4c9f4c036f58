package dev.ducky.knowledge.runbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunbookParserTest {

    private static Map<String, Section> byAnchor(Runbook runbook) {
        return runbook.sections().stream().collect(Collectors.toMap(Section::anchor, Function.identity()));
    }

    @Test
    void frontMatterGivesTitleServicesAlertsAndOwners() throws Exception {
        Runbook runbook = Fixtures.parse("parser/structure.md");

        assertEquals("parser/structure.md", runbook.path());
        assertEquals("Checkout service", runbook.title());
        assertEquals(List.of("checkout"), runbook.services()); // a single string is a list of one
        assertEquals(List.of("CheckoutLatencyHigh", "CheckoutErrorsHigh"), runbook.alerts());
        assertEquals(List.of("checkout-team", "@payments-oncall"), runbook.owners());
    }

    @Test
    void splitsAtHeadingsUpToLevelThreeWithBreadcrumbsAndFileLines() throws Exception {
        Runbook runbook = Fixtures.parse("parser/structure.md");

        List<String> ids = runbook.sections().stream().map(Section::id).toList();
        assertEquals(List.of("parser/structure.md#checkout-service-1", "parser/structure.md#checkout-service",
                "parser/structure.md#symptoms", "parser/structure.md#latency", "parser/structure.md#errors",
                "parser/structure.md#diagnosis", "parser/structure.md#roll-back",
                "parser/structure.md#who-to-contact"), ids);
        Map<String, Section> sections = byAnchor(runbook);

        Section latency = sections.get("latency");
        assertEquals(3, latency.level());
        assertEquals(List.of("Checkout service", "Symptoms", "Latency"), latency.breadcrumb());
        assertEquals(20, latency.startLine());
        assertEquals(26, latency.endLine()); // the level-4 heading and its text stay inside
        assertEquals("p99 latency above 2s.\n\nWhere to look\n\nThe checkout dashboard, latency panel.",
                latency.text());

        Section errors = sections.get("errors");
        assertEquals(List.of("Checkout service", "Symptoms", "Errors"), errors.breadcrumb());
        assertEquals(28, errors.startLine());
        assertEquals(30, errors.endLine());

        Section diagnosis = sections.get("diagnosis");
        assertEquals(List.of("Checkout service", "Diagnosis"), diagnosis.breadcrumb()); // H1 = title, not repeated
        assertEquals(32, diagnosis.startLine());
        assertEquals(52, diagnosis.endLine());
    }

    @Test
    void textBeforeTheFirstHeadingIsASectionAnchoredAtTheTitle() throws Exception {
        Section preamble = Fixtures.parse("parser/structure.md").sections().get(0);

        assertEquals("Checkout service", preamble.heading());
        assertEquals(List.of("Checkout service"), preamble.breadcrumb());
        assertEquals("Read this before touching the checkout pods.", preamble.text());
        assertEquals(10, preamble.startLine()); // line numbers count the front matter
        assertEquals(10, preamble.endLine());
        // the H1 keeps the anchor GitHub gives it; the preamble, which has none on GitHub, takes the next one
        assertEquals("checkout-service-1", preamble.anchor());
    }

    @Test
    void keepsStepsAsLinesAndCodeBlocksWithTheirLanguage() throws Exception {
        Map<String, Section> sections = byAnchor(Fixtures.parse("parser/structure.md"));

        assertEquals("""
                Check the pods:

                1. List them:
                  ```shell
                  kubectl get pods -l app=checkout
                  ```
                2. Describe the failing one.
                3. Read its logs.

                - plain bullet
                - bullet with bold and a link
                  - nested bullet

                3. third
                4. fourth

                Then run:

                ```
                indented code line
                ```""", sections.get("diagnosis").text());
        assertEquals("""
                ```promql
                histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))
                ```

                ```
                no language here
                ```""", sections.get("roll-back").text());
    }

    @Test
    void rolesComeFromHeadings() throws Exception {
        Map<String, Section> sections = byAnchor(Fixtures.parse("parser/structure.md"));

        assertEquals(SectionRole.MEANING, sections.get("symptoms").role());
        assertEquals(SectionRole.OTHER, sections.get("latency").role());
        assertEquals(SectionRole.DIAGNOSIS, sections.get("diagnosis").role());
        assertEquals(SectionRole.MITIGATION, sections.get("roll-back").role());
        assertEquals(SectionRole.ESCALATION, sections.get("who-to-contact").role());
    }

    @Test
    void anchorsAreGitHubSlugsWithNumberedDuplicates() throws Exception {
        List<String> anchors = Fixtures.parse("parser/anchors.md").sections().stream().map(Section::anchor).toList();

        assertEquals(List.of("step-1-check-the-pods", "mitigation", "mitigation-1", "whats-kubectl-doing",
                "roll-back--restart", "émoji--heading", "snake_case-and-kebab-case", "mitigation-1-1",
                "mitigation-2"), anchors);
    }

    @Test
    void withoutFrontMatterTheTitleIsTheFirstH1() throws Exception {
        Runbook runbook = Fixtures.parse("parser/no-front-matter.md");

        assertEquals("Redis memory full", runbook.title());
        assertEquals(List.of(), runbook.alerts());
        assertEquals(List.of("no-front-matter.md#redis-memory-full-1", "no-front-matter.md#redis-memory-full",
                        "no-front-matter.md#fix"),
                runbook.sections().stream().map(s -> s.id().substring("parser/".length())).toList());
        Section fix = runbook.sections().get(2);
        assertEquals(List.of("Redis memory full", "Fix"), fix.breadcrumb());
        assertEquals(7, fix.startLine());
        assertEquals(9, fix.endLine());
    }

    @Test
    void withoutFrontMatterOrH1TheTitleIsTheFileName() throws Exception {
        Runbook runbook = Fixtures.parse("parser/no-title.md");

        assertEquals("no-title", runbook.title());
        assertEquals(List.of("no-title", "Meaning"), runbook.sections().get(0).breadcrumb());
        assertEquals(SectionRole.MEANING, runbook.sections().get(0).role());
    }

    @Test
    void setextHeadingsCountAndSectionsWithoutTextAreLeftOut() throws Exception {
        Runbook runbook = Fixtures.parse("parser/setext-and-headings-only.md");

        assertEquals("Setext title", runbook.title());
        assertEquals(List.of("overview", "troubleshooting"),
                runbook.sections().stream().map(Section::anchor).toList());
        assertEquals(4, runbook.sections().get(0).startLine());
        assertEquals(SectionRole.DIAGNOSIS, runbook.sections().get(1).role());
    }

    @Test
    void windowsLineEndingsGiveTheSameSections() throws Exception {
        String unix = new String(Fixtures.bytes("runbooks/parser/structure.md"), StandardCharsets.UTF_8);
        Runbook lf = new RunbookParser().parse("structure.md", unix);
        Runbook crlf = new RunbookParser().parse("structure.md", unix.replace("\n", "\r\n"));

        assertEquals(lf, crlf);
    }
}
