package dev.ducky.coach;


import dev.ducky.config.QuerySettings;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.runbook.SectionRole;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Templates;
import dev.ducky.query.link.LinkCatalog;
import dev.ducky.query.link.LinkEntry;
import dev.ducky.query.setup.TranslatorSetup;
import dev.ducky.query.translate.Translator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Demonstrate, never run: a checked query (the runbook's own when it asks the same), a link, or a question back. */
class QueryDemonstrationsTest {
    private static final SearchHit LATENCY = FakeRunbooks.runbook("checkout.md", "Checkout").services("checkout")
            .section("Latency", SectionRole.DIAGNOSIS, """
                    p95 latency of checkout per route:
                    ```promql
                    histogram_quantile(0.95, sum by (route, le) (rate(http_request_duration_seconds_bucket{service="checkout"}[5m])))
                    ```""");
    private static Translator translator;

    @BeforeAll
    static void offlineTranslator() {
        translator = TranslatorSetup.build(QuerySettings.fromEnvironment(Map.of()), List.of(), List::of, w -> { });
    }

    private static Decision decide(FakeRunbooks runbooks, LinkCatalog links, String question) {
        return new QueryDemonstrations(translator, links, runbooks, new Templates()).decide(question, Sessions.blank().build());
    }

    @Test
    void aPlainQuestionBecomesACheckedQueryThatIsNotRun() {
        Decision decision = decide(FakeRunbooks.none(), LinkCatalog.empty(),
                "p95 latency of checkout per route over the last 30 minutes");
        assertEquals(Move.SHOW_QUERY, decision.move());
        assertTrue(decision.demonstration().valid());
        assertTrue(decision.demonstration().query().startsWith("histogram_quantile(0.95"),
                decision.demonstration().query());
        assertEquals(List.of(), decision.cited());
    }

    @Test
    void theRunbooksOwnQueryForTheSameQuestionIsShownAndCited() {
        Decision decision = decide(FakeRunbooks.of(LATENCY), LinkCatalog.empty(), "p95 latency of checkout per route");
        assertEquals(Move.SHOW_QUERY, decision.move());
        assertEquals(List.of(LATENCY.citation()), decision.cited().stream().map(SearchHit::citation).toList());
        assertTrue(decision.slots().get("from").contains("Checkout › Latency"), decision.slots().toString());
    }

    @Test
    void askingToSeeAPageGetsTheLinkFromTheCatalog() {
        LinkCatalog links = new LinkCatalog(List.of(new LinkEntry("Checkout SLOs", "https://grafana.example/d/slo",
                List.of("checkout"), List.of("slo"))));
        Decision decision = decide(FakeRunbooks.none(), links, "can I see the SLOs for checkout?");
        assertEquals(Move.SHOW_LINK, decision.move());
        assertEquals("Checkout SLOs", decision.slots().get("title"));
        assertEquals("https://grafana.example/d/slo", decision.demonstration().links().get(0).url());
        assertEquals(null, decision.demonstration().query(), "a page, not a query");
    }

    @Test
    void anUnclearQuestionIsAskedBackNotGuessed() {
        Decision decision = decide(FakeRunbooks.none(), LinkCatalog.empty(), "how's the frobnicator doing?");
        assertEquals(Move.CLARIFY_QUERY, decision.move());
        assertNotNull(decision.slots().get("question"));
        assertFalse(decision.slots().get("question").endsWith("?"), "the template adds the question mark");
        assertEquals(null, decision.demonstration());
    }
}
