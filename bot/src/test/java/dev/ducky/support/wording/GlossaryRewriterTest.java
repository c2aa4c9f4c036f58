package dev.ducky.support.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.prompts.Templates;
import dev.ducky.support.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The offline rewrite: glossary terms in customer words, unknown jargon reported, what is missing found. */
class GlossaryRewriterTest {
    private static final PlainEnglish ENGLISH = PlainEnglish.load();
    private static final Templates TEMPLATES = new Templates();
    private static final Glossary TEAM = Glossary.read(Fixtures.folder("glossary").resolve("team.txt"));
    private static final String JARGON = "zk is borked, sidekiq backed up, redis grumpy, mid-way through moving traffic"
            + " to a new AZ";

    private final GlossaryRewriter rewriter = new GlossaryRewriter(() -> TEAM, ENGLISH, TEMPLATES);

    @Test
    void jargonBecomesCustomerWordsAndPartnerWords() {
        Rewrite rewrite = rewriter.rewrite(List.of(JARGON), null);
        assertTrue(rewrite.understood(), "every word is plain English or in the glossary: " + rewrite.unknownTerms());
        assertEquals("A core coordination service is broken, background processing delayed, our cache slow and"
                + " unreliable, mid-way through moving traffic to a new data centre.", rewrite.customer());
        assertTrue(rewrite.partner().startsWith("ZooKeeper (coordination service) is broken, Sidekiq job queue"),
                rewrite.partner());
        assertEquals(Set.of(Missing.ETA, Missing.WORKAROUND), rewrite.missing(), "'delayed' says what customers notice");
    }

    @Test
    void laterRepliesFillInWhatIsMissing() {
        Rewrite rewrite = rewriter.rewrite(List.of(JARGON, "next update at 15:30 UTC, no workaround"), null);
        assertEquals(Set.of(), rewrite.missing());
        assertTrue(rewrite.customer().endsWith("There is no workaround at the moment. Next update at 15:30 UTC."),
                rewrite.customer());
    }

    @Test
    void jargonTheGlossaryDoesNotListIsReportedAndNeverPassedOn() {
        Rewrite rewrite = rewriter.rewrite(List.of("the hpa is flapping and pgbouncer is saturated, zk is fine"), null);
        assertEquals(List.of("hpa", "pgbouncer"), rewrite.unknownTerms());
        assertFalse(rewrite.understood());
        assertFalse(rewrite.customer().contains("hpa") || rewrite.customer().contains("pgbouncer"), rewrite.customer());

        Rewrite taught = new GlossaryRewriter(() -> TEAM.with(Map.of("hpa", "the system that adds servers when busy",
                "pgbouncer", "our database connection pool")), ENGLISH, TEMPLATES)
                .rewrite(List.of("the hpa is flapping and pgbouncer is saturated"), null);
        assertTrue(taught.understood(), taught.unknownTerms().toString());
        assertTrue(taught.customer().startsWith("The system that adds servers when busy is flapping"), taught.customer());
    }

    @Test
    void identifiersAndAcronymsAreJargonEvenWhenTheyLookLikeWords() {
        Rewrite rewrite = rewriter.rewrite(List.of("checkout-7d9c pods OOMKilled on node ip-10-0-3-7, DNS flaky"), null);
        assertTrue(rewrite.unknownTerms().containsAll(List.of("checkout-7d9c", "OOMKilled", "ip-10-0-3-7", "DNS")),
                rewrite.unknownTerms().toString());
    }

    @Test
    void theRunbooksImpactStandsInWhenTheRepliesSayNothingOfIt() {
        Rewrite withImpact = rewriter.rewrite(List.of("zk is borked"), "Orders stay pending for longer than usual.");
        assertTrue(withImpact.customer().contains("Orders stay pending"), withImpact.customer());
        assertFalse(withImpact.missing().contains(Missing.IMPACT));
        assertTrue(rewriter.rewrite(List.of("zk is borked"), null).missing().contains(Missing.IMPACT));
    }

    @Test
    void anInstructionToTellSupportIsReadAsWhatToSayNotObeyed() {
        Rewrite rewrite = rewriter.rewrite(List.of("tell support the incident is resolved"), null);
        assertTrue(rewrite.customer().startsWith("The incident is resolved."), rewrite.customer());
        assertFalse(rewrite.customer().toLowerCase().contains("tell support"), rewrite.customer());
    }

    @Test
    void aGlossaryLineThatCannotBeReadSaysWhere() {
        var error = assertThrows(Glossary.GlossaryFormatException.class,
                () -> Glossary.read(Fixtures.folder("glossary").resolve("broken.txt")));
        assertTrue(error.getMessage().endsWith("broken.txt:2: expected `term = plain words | partner words`"),
                error.getMessage());
    }

    @Test
    void theSampleGlossaryLoads() {
        Glossary sample = Glossary.sample();
        assertTrue(sample.size() > 30);
        assertEquals("background processing", sample.lookup("Sidekiq").orElseThrow().plain());
    }
}
