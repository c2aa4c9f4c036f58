package dev.ducky.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.persistence.Sql;
import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackSigner;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private Path home;
    private SlackStandIn slack;
    private EmbeddedServer server;
    private SignedSlack signed;

    @BeforeEach
    void start() throws Exception {
        home = Files.createTempDirectory("ducky-delivery");
        slack = new SlackStandIn();
        server = DuckyServer.start(DuckyServer.properties(home, slack));
        signed = new SignedSlack(server.getURL().toString(), SlackSigner.SECRET);
    }

    @AfterEach
    void stop() {
        server.getApplicationContext().close();
        slack.close();
    }

    @Test
    void aCommandInAChannelTheBotIsNotInBecomesADeadLetterAndIsNotReplayedAfterARestart() throws Exception {
        for (String method : List.of("chat.postMessage", "chat.postEphemeral")) {
            slack.server().stubFor(post(urlEqualTo("/api/" + method)).atPriority(1)
                    .withRequestBody(containing("channel=C0NOTIN"))
                    .willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));
        }
        assertEquals(200, signed.command(slash("C0NOTIN", "help", "trigNotIn1")).statusCode());

        awaitDead("trigNotIn1");
        Thread.sleep(1500); // the notice is tried after the message is marked dead
        assertEquals(List.of(), sql().query("select id from inbox where answered_at is null and dead_at is null",
                row -> row.getString(1)));
        int requests = slack.requests("chat.postMessage").size() + slack.requests("chat.postEphemeral").size();

        server.getApplicationContext().close();
        server = DuckyServer.start(DuckyServer.properties(home, slack));
        Thread.sleep(3000);
        assertEquals(requests, slack.requests("chat.postMessage").size() + slack.requests("chat.postEphemeral").size(),
                "a dead letter is not tried again after a restart");
    }

    @Test
    void aStartTitleLongerThanItsColumnGetsANormalReply() throws Exception {
        String title = "checkout " + "x".repeat(600);
        assertEquals(200, signed.command(slash("C0INCIDENT", "start " + title, "trigLong1")).statusCode());
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

        long sent = System.nanoTime();
        signed.send(Fixtures.mention("EvFast1", "1700004000.000200", "checkout is throwing 5xx errors")
                .replace("C0INCIDENT", "C0FAST"));
        long deadline = sent + Duration.ofSeconds(10).toNanos();
        while (slack.posts().stream().noneMatch(p -> "C0FAST".equals(p.get("channel")))) {
            assertTrue(System.nanoTime() < deadline, "C0FAST answered while C0SLOW waits out its 20 s rate limit");
            Thread.sleep(20);
        }
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

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sql().query("select 1 from inbox where id = 'Ev5xx' and answered_at is not null", row -> 1).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "answered");
            Thread.sleep(50);
        }
        assertEquals(1, slack.requests("chat.postMessage").size(), "the thread was checked before posting again");
    }

    private Sql sql() {
        return server.getApplicationContext().getBean(Sql.class);
    }

    private static String slash(String channel, String text, String trigger) {
        return "token=x&team_id=T0001&channel_id=" + channel + "&user_id=U0HUMAN&command=%2Fducky&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&trigger_id=" + trigger
                + "&response_url=https%3A%2F%2Fhooks.invalid%2Fx";
    }

    private void awaitDead(String key) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sql().query("select attempts from inbox where id = ? and dead_at is not null", row -> row.getInt(1), key)
                .isEmpty()) {
            assertTrue(System.nanoTime() < deadline, key + " became a dead letter");
            Thread.sleep(50);
        }
        assertEquals(List.of(3), sql().query("select attempts from inbox where id = ?", row -> row.getInt(1), key));
    }

    private void awaitRequests(String method, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (slack.requests(method).size() < count) {
            assertTrue(System.nanoTime() < deadline, method + " called");
            Thread.sleep(20);
        }
    }
}
