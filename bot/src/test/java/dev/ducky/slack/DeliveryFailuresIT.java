package dev.ducky.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.persistence.Sql;
import dev.ducky.support.Fixtures;
import dev.ducky.support.ServedDucky;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackStandIn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What Slack makes go wrong while Ducky answers: a channel it cannot post in, a title longer than any column,
 * a rate limit on one channel, a 5xx on a post that landed anyway.
 */
class DeliveryFailuresIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private ServedDucky ducky;
    private SlackStandIn slack;
    private SignedSlack signed;

    @BeforeEach
    void start() throws Exception {
        ducky = new ServedDucky("ducky-delivery");
        slack = ducky.slack();
        signed = ducky.signed();
    }

    @AfterEach
    void stop() {
        ducky.close();
    }

    @Test
    void aCommandInAChannelTheBotIsNotInBecomesADeadLetterAndIsNotReplayedAfterARestart() throws Exception {
        for (String method : List.of("chat.postMessage", "chat.postEphemeral")) {
            slack.server().stubFor(post(urlEqualTo("/api/" + method)).atPriority(1)
                    .withRequestBody(containing("channel=C0NOTIN"))
                    .willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));
        }
        assertEquals(200, signed.command(ServedDucky.slash("C0NOTIN", "help", "trigNotIn1")).statusCode());

        awaitDead("trigNotIn1");
        Thread.sleep(1500); // the notice is tried after the message is marked dead
        assertEquals(List.of(), sql().query("select id from inbox where answered_at is null and dead_at is null",
                row -> row.getString(1)));
        int requests = slack.requests("chat.postMessage").size() + slack.requests("chat.postEphemeral").size();

        ducky.restart();
        Thread.sleep(3000);
        assertEquals(requests, slack.requests("chat.postMessage").size() + slack.requests("chat.postEphemeral").size(),
                "a dead letter is not tried again after a restart");
    }

    @Test
    void aStartTitleLongerThanItsColumnGetsANormalReply() throws Exception {
        String title = "checkout " + "x".repeat(600);
        assertEquals(200, signed.command(ServedDucky.slash("C0INCIDENT", "start " + title, "trigLong1")).statusCode());
        List<Map<String, String>> posts = slack.awaitPosts(1, WAIT);
        assertTrue(posts.get(0).get("metadata").contains("INCIDENT_OPENED"), posts.get(0).toString());
        assertEquals(List.of(500), sql().query("select length(title) from incident", row -> row.getInt(1)),
                "the title is cut to its column");
    }

    @Test
    void aRateLimitOnOneChannelDoesNotHoldUpAnother() throws Exception {
        slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).atPriority(1)
                .withRequestBody(containing("channel=C0SLOW")).willReturn(aResponse().withStatus(429)
                        .withHeader("Retry-After", "20").withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));
        signed.send(Fixtures.mention("EvSlow1", "1700004000.000100", "checkout is throwing 5xx errors")
                .replace("C0INCIDENT", "C0SLOW"));
        awaitRequests("chat.postMessage", 1);

        signed.send(Fixtures.mention("EvFast1", "1700004000.000200", "checkout is throwing 5xx errors")
                .replace("C0INCIDENT", "C0FAST"));
        ServedDucky.await(() -> slack.posts().stream().anyMatch(p -> "C0FAST".equals(p.get("channel"))),
                Duration.ofSeconds(10), "C0FAST answered while C0SLOW waits out its 20 s rate limit");
    }

    @Test
    void aPostAnswered5xxThatLandedAnywayIsNotPostedAgain() throws Exception {
        String thread = "1700005000.000100";
        slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).atPriority(1).willReturn(aResponse()
                .withStatus(503).withBody("upstream timed out")));
        slack.server().stubFor(post(urlEqualTo("/api/conversations.replies")).atPriority(1).willReturn(okJson(
                Fixtures.read("slack/replies_with_step.json", Map.of("THREAD_TS", thread, "REPLY_TS",
                        "1700005000.000200", "STEP_ID", "Ev5xx/0")))));
        signed.send(Fixtures.mention("Ev5xx", thread, "checkout is throwing 5xx errors"));

        ServedDucky.await(() -> !sql().query("select 1 from inbox where id = 'Ev5xx' and answered_at is not null",
                row -> 1).isEmpty(), WAIT, "answered");
        assertEquals(1, slack.requests("chat.postMessage").size(), "the thread was checked before posting again");
    }

    private Sql sql() {
        return ducky.sql();
    }

    private void awaitDead(String key) throws InterruptedException {
        ServedDucky.await(() -> !sql().query("select 1 from inbox where id = ? and dead_at is not null", row -> 1, key)
                .isEmpty(), WAIT, key + " became a dead letter");
        assertEquals(List.of(3), sql().query("select attempts from inbox where id = ?", row -> row.getInt(1), key));
    }

    private void awaitRequests(String method, int count) throws InterruptedException {
        ServedDucky.await(() -> slack.requests(method).size() >= count, WAIT, method + " called");
    }
}
