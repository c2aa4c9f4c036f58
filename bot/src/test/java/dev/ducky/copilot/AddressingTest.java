package dev.ducky.copilot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.coach.AlertTrigger;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Message;
import dev.ducky.inbox.AskedThreads;
import dev.ducky.incident.IncidentStore;
import dev.ducky.persistence.Sql;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The one rule for what is for Ducky, on an embedded database holding the threads where Ducky asked. */
class AddressingTest {
    private static final String CHANNEL = "C1";
    private static final String ASKED = "100.1";

    private Addressing addressing;
    private AskedThreads asked;
    private IncidentStore incidents;

    @BeforeEach
    void threadWhereDuckyAsked() {
        Flyway flyway = Flyway.configure().dataSource("jdbc:h2:mem:addressing_" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", null, null)
                .locations("classpath:db/migration").load();
        flyway.migrate();
        Sql sql = new Sql(flyway.getConfiguration().getDataSource());
        asked = new AskedThreads(sql);
        incidents = new IncidentStore(sql);
        asked.remember(CHANNEL, ASKED);
        addressing = new Addressing(new AlertTrigger(""), asked, incidents, "mentions-and-answers");
    }

    private Optional<Inbound.Kind> kind(String threadTs, String botId, String text, boolean mention) {
        return said(botId == null ? "U1" : null, threadTs, botId, text, mention);
    }

    private Optional<Inbound.Kind> said(String user, String threadTs, String botId, String text, boolean mention) {
        return addressing.of(new Message("Ev1", CHANNEL, "200.2", threadTs, user, botId, text, mention))
                .map(Inbound::kind);
    }

    @Test
    void wordsForAColleagueAreTheirsWhereverTheNameIs() {
        assertEquals(Optional.empty(), kind(ASKED, null, "thanks — @{U0ALICE} could you take the rollback?", false));
        assertEquals(Optional.empty(), kind(ASKED, null, "Alice, can you grab the deploy log?", false));
        assertEquals(Optional.empty(), kind(ASKED, null, "priya: please restart the consumer", false));
        assertEquals(Optional.empty(), kind(ASKED, null, "Jörg, would you page payments?", false));
        assertEquals(Optional.of(Inbound.Kind.THREAD_ANSWER), kind(ASKED, null, "ok, can you show me the query?", false),
                "a word that opens a sentence is not a name");
        assertEquals(Optional.of(Inbound.Kind.THREAD_ANSWER), kind(ASKED, null, "Ducky, can you show me the query?",
                false));
        assertEquals(Optional.of(Inbound.Kind.THREAD_ANSWER), kind(ASKED, null, "Checked the pods, all running",
                false), "a capitalised first word is not a request to someone");
    }

    @Test
    void onlyThePersonAskedOrTheLeadAnswersAQuestionToThemWhileItIsDuckysLatestWord() {
        asked.remember(CHANNEL, "400.4", "U0ASKED");
        assertEquals(Optional.of(Inbound.Kind.THREAD_ANSWER), said("U0ASKED", "400.4", null, "the pods restart", false));
        assertEquals(Optional.empty(), said("U0OTHER", "400.4", null, "did you look at the deploy?", false),
                "a colleague talking to the person asked");
        incidents.open(CHANNEL, "400.4", "checkout errors", "U0LEAD", null, true);
        assertEquals(Optional.of(Inbound.Kind.THREAD_ANSWER), said("U0LEAD", "400.4", null, "we rolled back", false));

        asked.forget(CHANNEL, "400.4");
        assertEquals(Optional.empty(), said("U0ASKED", "400.4", null, "the pods restart", false),
                "once Ducky's latest word asks nothing, the thread is the humans'");
    }

    @Test
    void aTeamCanHaveDuckyHearMentionsOnly() {
        Addressing mentionsOnly = new Addressing(new AlertTrigger(""), asked, incidents, "mentions");
        assertEquals(Optional.empty(), mentionsOnly.of(new Message("Ev2", CHANNEL, "200.3", ASKED, "U1", null,
                "the errors began at 14:02", false)));
        assertEquals(Optional.of(Inbound.Kind.MENTION), mentionsOnly.of(new Message("Ev3", CHANNEL, "200.4", ASKED,
                "U1", null, "the errors began at 14:02", true)).map(Inbound::kind));
    }

    @Test
    void aMentionIsForDuckyWhereverItIsSaid() {
        assertEquals(Optional.of(Inbound.Kind.MENTION), kind(null, null, "checkout is throwing 500s", true));
        assertEquals(Optional.of(Inbound.Kind.MENTION), kind("300.3", null, "what now?", true));
        assertEquals(Optional.of(Inbound.Kind.MENTION), kind(null, null, "[FIRING:1] CheckoutHighErrorRate", true),
                "an alert forwarded by a human is recognised after the ack, by the copilot");
    }

    @Test
    void inAThreadWhereDuckyAskedTheNextWordsAreAnAnswerUnlessTheyNameSomeoneElse() {
        assertEquals(Optional.of(Inbound.Kind.THREAD_ANSWER), kind(ASKED, null, "the errors began at 14:02", false));
        assertEquals(Optional.empty(), kind(ASKED, null, "@{U0ALICE} can you check the deploy?", false));
        assertEquals(Optional.empty(), kind(ASKED, null, "  @bob the dashboard looks fine", false));
        assertEquals(Optional.empty(), kind("300.3", null, "the errors began at 14:02", false),
                "a thread where Ducky asked nothing is the humans'");
        assertEquals(Optional.empty(), kind(null, null, "lunch?", false), "chatter in the channel");
    }

    @Test
    void aBotCountsOnlyWithAnAlertAndAQueryInCodeIsKeptQuietly() {
        assertEquals(Optional.of(Inbound.Kind.ALERT), kind(null, "B0ALERTS", "[FIRING:1] CheckoutHighErrorRate", false));
        assertEquals(Optional.empty(), kind(null, "B0DEPLOY", "deployed checkout v42", false));
        assertEquals(Optional.of(Inbound.Kind.OBSERVED), kind(null, null, "ran ```sum(rate(x[5m]))```", false));
    }

    @Test
    @Timeout(2)
    void aHugeMessageNamingNobodyIsAddressedQuickly() {
        assertEquals(Optional.of(Inbound.Kind.THREAD_ANSWER), kind(ASKED, null, "@".repeat(50_000) + " help", false));
        assertEquals(Optional.empty(), kind(ASKED, null, "@{" + "a.".repeat(50_000), false));
        assertEquals(Optional.of(Inbound.Kind.MENTION), kind(null, null, "triggered" + " ".repeat(3_000) + "!", true),
                "a human's mention is not read for alerts before the ack");
    }
}
