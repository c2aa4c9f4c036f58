package dev.ducky.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.GatedWork;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackSigner;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed Slack requests against the running app; WireMock plays the Web API. */
class SlackEventsIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static SlackStandIn slack;
    private static EmbeddedServer server;
    private static SignedSlack signed;
    private static Path home;
    private static int events;

    @BeforeAll
    static void start() throws Exception {
        slack = new SlackStandIn();
        home = Files.createTempDirectory("ducky-it");
        Map<String, Object> properties = DuckyServer.properties(home, slack);
        properties.put(GatedWork.PROPERTY, "true");
        GatedWork.gate = new CountDownLatch(0);
        server = DuckyServer.start(properties);
        signed = new SignedSlack(server.getURL().toString(), SlackSigner.SECRET);
    }

    @AfterAll
    static void stop() {
        server.stop();
        slack.close();
    }

    @BeforeEach
    void resetSlack() {
        slack.reset();
        GatedWork.gate = new CountDownLatch(0);
    }

    private static String nextEventId() {
        return "Ev" + (++events) + "X" + System.nanoTime();
    }

    private static String nextTs() {
        return "17000000" + (10 + events) + ".000" + events;
    }

    @Test
    void aSignedMentionGetsACitedAnswerInItsThread() throws Exception {
        String ts = nextTs();
        var response = signed.send(Fixtures.mention(nextEventId(), ts, "checkout keeps throwing 5xx, error ratio is up and the payment provider times out"));
        assertEquals(200, response.statusCode());

        Map<String, String> post = slack.awaitPosts(1, WAIT).get(0);
        assertEquals("C0INCIDENT", post.get("channel"));
        assertEquals(ts, post.get("thread_ts"), "the reply goes in the mention's thread");
        String blocks = post.get("blocks");
        assertTrue(blocks.contains("Checkout errors › Diagnosis"), blocks);
        assertTrue(blocks.contains("checkout-errors.md#diagnosis"), "cites the section: " + blocks);
        assertTrue(post.get("text").strip().endsWith("?"), "asks back: " + post.get("text"));
        assertFalse(blocks.contains("Roll back the last deploy"), "does not dump the whole runbook");
        String section = new ObjectMapper().readTree(blocks).get(0).get("text").get("text").asText();
        assertTrue(section.contains("[5m])) &gt; 0.05"), "PromQL's > is escaped for mrkdwn: " + section);
        assertTrue(post.get("metadata").contains("\"step_id\""), post.get("metadata"));
        assertTrue(post.get("metadata").contains("\"move\":\"POINT_TO_RUNBOOK\""), post.get("metadata"));
    }

    @Test
    void theAckDoesNotWaitForTheAnswer() throws Exception {
        GatedWork.gate = new CountDownLatch(1);
        var response = signed.send(Fixtures.mention(nextEventId(), nextTs(), "orders are stuck in the queue"));
        assertEquals(200, response.statusCode(), "acked while the work is still held");
        Thread.sleep(1000);
        assertEquals(0, slack.posts().size(), "nothing posted while the work is held (an answer takes ~50 ms)");
        GatedWork.gate.countDown();
        assertTrue(slack.awaitPosts(1, WAIT).get(0).get("blocks").contains("orders-queue.md"));
    }

    @Test
    void aForgedSignatureIsRejected() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String body = Fixtures.mention(nextEventId(), nextTs(), "checkout errors");
        var response = signed.send(body, now, SlackSigner.sign("not-the-secret", now, body), null);
        assertEquals(401, response.statusCode());
        Thread.sleep(300);
        assertEquals(0, slack.posts().size());
    }

    @Test
    void aRequestOlderThanFiveMinutesIsRejected() throws Exception {
        long stale = System.currentTimeMillis() / 1000 - 6 * 60;
        var response = signed.send(Fixtures.mention(nextEventId(), nextTs(), "checkout errors"), stale, null);
        assertEquals(401, response.statusCode());
    }

    @Test
    void urlVerificationEchoesTheChallenge() throws Exception {
        var response = signed.send(Fixtures.read("slack/url_verification.json", Map.of()));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), response.body());
    }

    @Test
    void aRedeliveredEventIsAnsweredOnce() throws Exception {
        String body = Fixtures.mention(nextEventId(), nextTs(), "checkout errors");
        long now = System.currentTimeMillis() / 1000;
        assertEquals(200, signed.send(body, now, null).statusCode());
        assertEquals(200, signed.send(body, now, 1).statusCode());
        assertEquals(200, signed.send(body, now, 2).statusCode());
        slack.awaitPosts(1, WAIT);
        Thread.sleep(500);
        assertEquals(1, slack.posts().size());
    }

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfterAndPostedOnce() throws Exception {
        slack.rateLimitOnce(1);
        signed.send(Fixtures.mention(nextEventId(), nextTs(), "checkout errors"));
        slack.awaitPosts(2, WAIT);
        var attempts = slack.requests("chat.postMessage");
        assertEquals(2, attempts.size(), "one refused attempt, one post");
        long waited = attempts.get(1).getLoggedDate().getTime() - attempts.get(0).getLoggedDate().getTime();
        assertTrue(waited >= 1000, "waited as long as Retry-After said, but waited " + waited + " ms");
        Thread.sleep(300);
        assertEquals(2, slack.requests("chat.postMessage").size());
    }

    @Test
    void secretsInAMentionNeverReachTheInbox() throws Exception {
        String token = "xoxb-1234567890-abcdefghijkl";
        String eventId = nextEventId();
        signed.send(Fixtures.mention(eventId, nextTs(), "login fails with token " + token + " and password=hunter22"));
        slack.awaitPosts(1, WAIT);
        try (var db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "");
             var rows = db.createStatement().executeQuery("select * from inbox where id = '" + eventId + "'")) {
            assertTrue(rows.next(), "the mention is in the inbox");
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                all.append(rows.getString(i)).append('|');
            }
            assertFalse(all.toString().contains(token), all.toString());
            assertFalse(all.toString().contains("hunter22"), all.toString());
            assertTrue(all.toString().contains("[redacted:slack-token]"), all.toString());
        }
    }

    @Test
    void anEmptyMentionGetsAHelpfulQuestion() throws Exception {
        signed.send(Fixtures.mention(nextEventId(), nextTs(), ""));
        String text = slack.awaitPosts(1, WAIT).get(0).get("text");
        assertTrue(text.contains("What are you working on?") || text.contains("what are you working on?"), text);
    }

    @Test
    void chatterIsIgnoredButAnAnswerToDuckysQuestionIsAnswered() throws Exception {
        signed.send(Fixtures.threadMessage(nextEventId(), nextTs(), "1699999999.000001", "lunch anyone?"));
        Thread.sleep(500);
        assertEquals(0, slack.posts().size(), "no reply to chatter");

        String thread = nextTs();
        signed.send(Fixtures.mention(nextEventId(), thread, "orders are stuck"));
        slack.awaitPosts(1, WAIT);
        signed.send(Fixtures.threadMessage(nextEventId(), nextTs(), thread, "I checked the order-worker pods"));
        List<Map<String, String>> posts = slack.awaitPosts(2, WAIT);
        assertEquals(thread, posts.get(1).get("thread_ts"));
    }

    @Test
    void healthAndMetricsAreServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var health = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        signed.send(Fixtures.mention(nextEventId(), nextTs(), "checkout errors"));
        slack.awaitPosts(1, WAIT);
        var metrics = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("ducky_replies_posted"), "Ducky's own counters are exported");
    }
}
