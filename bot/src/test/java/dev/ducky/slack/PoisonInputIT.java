package dev.ducky.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ducky.persistence.Sql;
import dev.ducky.support.Fixtures;
import dev.ducky.support.ServedDucky;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Messages crafted (or pasted) to hurt: they are acked within Slack's three seconds, and they never silence the
 * channel — whatever comes after them there is answered, after a restart too.
 */
class PoisonInputIT {
    private static final Duration ACK = Duration.ofSeconds(3);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServedDucky ducky;
    private SlackStandIn slack;
    private SignedSlack signed;

    @BeforeEach
    void start() throws Exception {
        ducky = new ServedDucky("ducky-poison");
        slack = ducky.slack();
        signed = ducky.signed();
    }

    @AfterEach
    void stop() {
        ducky.close();
    }

    @Test
    void inputsThatMadeRegexesBacktrackAreAckedWithinThreeSeconds() throws Exception {
        ObjectNode alert = (ObjectNode) JSON.readTree(Fixtures.read("slack/alertmanager_message.json",
                Map.of("EVENT_ID", "EvSlowBot", "TS", "1700006000.000100")));
        ObjectNode event = (ObjectNode) alert.get("event");
        event.put("text", "triggered" + " ".repeat(3000) + "!");
        event.remove("attachments");
        assertAckedInTime(alert.toString());

        assertAckedInTime(Fixtures.mention("EvSlowMention", "1700006000.000200", "a.".repeat(20_000)));
    }

    @Test
    void deeplyNestedQueriesInAThreadThenHelpInTheSameChannelAreAllAnsweredAndNothingIsReplayed() throws Exception {
        assertEquals(200, signed.command(ServedDucky.slash("C0INCIDENT", "start checkout errors", "trigPoison1")).statusCode());
        slack.awaitPosts(1, WAIT);
        String thread = "1700007000.000100";
        signed.send(Fixtures.mention("EvPoisonAsk", thread, "checkout is throwing 5xx errors"));
        slack.awaitPosts(2, WAIT);

        String promql = "```" + String.join("+", Collections.nCopies(7_000, "up")) + "```";
        String logql = "```sum(rate({app=\"checkout\"} |= \"error\" [5m]))" + " + 1".repeat(10_000) + "```";
        signed.send(Fixtures.threadMessage("EvPoison1", "1700007000.000200", thread, promql));
        signed.send(Fixtures.threadMessage("EvPoison2", "1700007000.000300", thread, logql));
        signed.send(Fixtures.mention("EvHelpAfter", "1700007000.000400", "help"));

        awaitAnswered("EvHelpAfter");
        assertTrue(slack.posts().stream().anyMatch(p -> p.getOrDefault("metadata", "").contains("SHOW_HELP")),
                "help is answered in the same channel");
        assertEquals(List.of(), sql().query("select id from inbox where answered_at is null and dead_at is null",
                row -> row.getString(1)), "every message was answered (or given up on)");

        int posts = slack.posts().size();
        ducky.restart();
        Thread.sleep(3000);
        assertEquals(posts, slack.posts().size(), "nothing is replayed after a restart");
    }

    private void assertAckedInTime(String body) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> ack = signed.send(body);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, ack.statusCode(), ack.body());
        assertTrue(millis < ACK.toMillis(), "acked in " + millis + " ms");
    }

    private void awaitAnswered(String key) throws InterruptedException {
        ServedDucky.await(() -> !sql().query("select 1 from inbox where id = ? and (answered_at is not null or dead_at"
                + " is not null)", row -> 1, key).isEmpty(), WAIT, key + " answered");
    }

    private Sql sql() {
        return ducky.sql();
    }
}
