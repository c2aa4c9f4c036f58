package dev.ducky.query.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.Fixtures;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkCatalogTest {
    private final LinkCatalog links = LinkCatalog.parse(Fixtures.read("translate/links.yml", Map.of()), "links.yml");

    @Test
    void aPageQuestionFindsTheServicesDashboardByTag() {
        assertEquals("Ledger SLOs", links.find("can I see the SLOs for ledger?").orElseThrow().title());
        assertEquals("Platform overview", links.find("where is the kubernetes cluster dashboard?").orElseThrow().title());
        assertEquals(Optional.empty(), links.find("can I see the SLOs for payments?"), "another service's page is no answer");
        assertEquals(Optional.empty(), links.find("can I see the cheese?"));
    }

    @Test
    void pageQuestionsAreToldFromQueryQuestions() {
        assertTrue(LinkCatalog.asksForPage("can I see the SLOs for checkout?"));
        assertTrue(LinkCatalog.asksForPage("where's the payments dashboard"));
        assertFalse(LinkCatalog.asksForPage("what's the p99 latency of checkout?"));
        assertFalse(LinkCatalog.asksForPage("show me a query for the error rate"));
    }

    @Test
    void theSampleShopHasItsDashboards() {
        assertEquals("Checkout SLOs", LinkCatalog.samples().find("can I see the SLOs for checkout?").orElseThrow().title());
    }

    @Test
    void aLinkWithoutAWebUrlIsRefused() {
        var error = assertThrows(LinkCatalogException.class, () -> LinkCatalog.parse(
                "links: [{title: x, url: 'ftp://x'}]", "l.yml"));
        assertEquals("l.yml: links[0]: link 'x' needs an http(s) url, not ftp://x", error.getMessage());
    }
}
