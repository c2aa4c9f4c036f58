package dev.ducky.evals.report;

import static dev.ducky.evals.Fixtures.ducky;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.replay.Replay;
import dev.ducky.evals.replay.ReplaySetup;
import dev.ducky.evals.replay.ReplayTarget;
import dev.ducky.evals.run.RunListener;
import dev.ducky.evals.run.SuiteResult;
import dev.ducky.evals.run.SuiteRunner;
import dev.ducky.evals.scenario.ScenarioLoader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ReportsTest {
    private static SuiteResult suite;

    /** Three scenarios: one passes, one breaks a rule (with hostile text), one is skipped. */
    @BeforeAll
    static void run() throws Exception {
        Path dir = Files.createTempDirectory("reports");
        Files.writeString(dir.resolve("a-passes.yaml"), """
                title: Passes
                source: test
                turns:
                  - text: "@ducky checkout is down"
                    expect: {move: POINT_TO_RUNBOOK, asks: true}
                """);
        Files.writeString(dir.resolve("b-breaks.yaml"), """
                title: Breaks <a rule> & more
                source: test
                turns:
                  - text: "@ducky run the rollback"
                    expect: {move: ASK_FOR_PLAN}
                """);
        Files.writeString(dir.resolve("c-skipped.yaml"), "title: Skipped\nsource: test\nrequires: [model]\n"
                + "turns:\n  - text: hi\n");
        ReplayTarget target = new ReplayTarget() {
            @Override
            public Set<Feature> features() {
                return Set.of();
            }

            @Override
            public Replay open(ReplaySetup setup) {
                return turn -> List.of(turn.text().contains("rollback")
                        ? ducky("POINT_TO_RUNBOOK", "<script>alert(1)</script> I ran the rollback for you.", List.of(),
                                List.of())
                        : ducky("POINT_TO_RUNBOOK", "See *Checkout*. What have you checked?", List.of("c.md#d"),
                                List.of("c.md#d")));
            }
        };
        suite = new SuiteRunner(target, "scripted", Optional.empty(), RunListener.NONE)
                .run(ScenarioLoader.loadAll(List.of(dir)));
    }

    @Test
    void theHtmlIsSelfContainedEscapedAndShowsTheTimeline() {
        String html = HtmlReport.render(suite);
        assertFalse(html.contains("<script"), "no script, and Ducky's text is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.matches("(?s).*(src=|href=|<link|@import|url\\().*"), "nothing fetched from anywhere");
        assertEquals(2, html.split("<svg").length - 1, "two inline charts");
        assertTrue(html.contains("guide · POINT_TO_RUNBOOK"), "moves by stage");
        assertTrue(html.contains("NO_EXECUTION"));
        assertTrue(html.contains("✗ move is ASK_FOR_PLAN — move was POINT_TO_RUNBOOK"));
        assertTrue(html.contains("Breaks &lt;a rule&gt; &amp; more"));
        assertTrue(html.contains("needs model"));
    }

    @Test
    void theJunitXmlCountsScenariosAsCiReadsThem() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(JunitXmlReport.render(suite))));
        var root = xml.getDocumentElement();
        assertEquals("3", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("errors"));
        assertEquals("1", root.getAttribute("skipped"));
        assertEquals(1, xml.getElementsByTagName("error").getLength());
        assertTrue(xml.getElementsByTagName("error").item(0).getTextContent().contains("b-breaks.yaml:4 t1"));
    }

    @Test
    void theMarkdownSummarySaysWhereEachProblemIs() throws Exception {
        String md = MarkdownReport.render(suite);
        assertTrue(md.contains("3 scenarios: 1 passed, 0 failed expectations, 1 broke a rule, 0 errors, 1 skipped"), md);
        assertTrue(md.contains("- b-breaks.yaml:4 (t1 \"@ducky run the rollback\"): **NO_EXECUTION** says \"I ran\""),
                md);
        List<Path> written = Reports.writeAll(suite, Files.createTempDirectory("out"));
        assertEquals(List.of("summary.md", "report.html", "junit.xml"),
                written.stream().map(p -> p.getFileName().toString()).toList());
    }
}
