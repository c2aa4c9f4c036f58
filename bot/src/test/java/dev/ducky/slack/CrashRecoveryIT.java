package dev.ducky.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.ServeProcess;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackSigner;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event acked but not answered when the process is killed (SIGKILL, a separate JVM, no graceful stop) is
 * answered after a restart on the same database, once: posted if the post never reached Slack, not posted again
 * if it did (the step id in the thread's message metadata says so).
 */
class CrashRecoveryIT {
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int HELD_POST_MILLIS = 60_000;
    private static final String TEXT = "checkout is throwing 5xx errors";
    /** The user Micronaut gives an embedded H2 database it creates. */
    private static final String DB_USER = "sa";

    private static SlackStandIn slack;
    private static final List<ServeProcess> children = new CopyOnWriteArrayList<>();
    private EmbeddedServer restarted;

    @BeforeAll
    static void startSlack() {
        slack = new SlackStandIn();
    }

    @AfterAll
    static void stopAll() throws InterruptedException {
        try {
            for (ServeProcess child : children) {
                child.close();
            }
        } finally {
            slack.close();
        }
    }

    @BeforeEach
    void resetSlack() {
        slack.reset();
    }

    @AfterEach
    void stopRestarted() {
        if (restarted != null) {
            restarted.stop();
            restarted = null;
        }
    }

    @Test
    void aPostThatNeverReachedSlackIsPostedOnceAfterTheRestart() throws Exception {
        Path home = Files.createTempDirectory("ducky-crash-a");
        String eventId = "EvCrashA" + System.nanoTime();
        String thread = "1700000700.000100";
        String body = Fixtures.mention(eventId, thread, TEXT);
        killWhilePosting(home, body, eventId, thread, "crash-recovery-a.log");

        slack.reset(); // chat.postMessage answers at once; the thread holds no message of this step
        restarted = DuckyServer.start(DuckyServer.properties(home, slack));

        List<Map<String, String>> posts = slack.awaitPosts(1, WAIT);
        assertEquals(thread, posts.get(0).get("thread_ts"), "answered in the mention's thread");
        assertTrue(posts.get(0).get("metadata").contains("\"step_id\":\"" + eventId + "/0\""), posts.get(0).get("metadata"));
        assertTrue(posts.get(0).get("blocks").contains("checkout-errors.md#"), "with a citation: " + posts.get(0));
        assertEquals(1, slack.requests("conversations.replies").size(), "the thread was checked before posting again");

        var redelivered = new SignedSlack(restarted.getURL().toString(), SlackSigner.SECRET)
                .send(body, System.currentTimeMillis() / 1000, 1);
        assertEquals(200, redelivered.statusCode(), "Slack's redelivery is acked");
        Thread.sleep(1000);
        assertEquals(1, slack.posts().size(), "one post after the restart, none for the redelivery: " + slack.posts());
        assertEquals("answered", inboxState(home, eventId));
        assertEquals("SENT", stepState(home, eventId + "/0"));
    }

    @Test
    void aPostThatReachedSlackBeforeTheKillIsNotPostedAgain() throws Exception {
        Path home = Files.createTempDirectory("ducky-crash-b");
        String eventId = "EvCrashB" + System.nanoTime();
        String thread = "1700000800.000100";
        killWhilePosting(home, Fixtures.mention(eventId, thread, TEXT), eventId, thread, "crash-recovery-b.log");

        slack.reset(); // Slack did post it: the thread holds a message whose metadata carries the step id
        slack.server().stubFor(post(urlEqualTo("/api/conversations.replies")).willReturn(okJson(
                Fixtures.read("slack/replies_with_step.json",
                        Map.of("THREAD_TS", thread, "REPLY_TS", "1700000800.000200", "STEP_ID", eventId + "/0")))));
        restarted = DuckyServer.start(DuckyServer.properties(home, slack));

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!"answered".equals(inboxState(home, eventId))) {
            assertTrue(System.nanoTime() < deadline, "the inbox row is marked answered after the restart");
            Thread.sleep(100);
        }
        assertFalse(slack.requests("conversations.replies").isEmpty(), "the thread was checked");
        Thread.sleep(500);
        assertEquals(0, slack.posts().size(), "nothing is posted again: " + slack.posts());
        assertEquals("SENT", stepState(home, eventId + "/0"));
    }

    /**
     * Runs Ducky in its own JVM, lets it ack {@code body} and start posting the answer (Slack holds the post),
     * then kills it with SIGKILL. Checks that the kill left the message acked but unanswered.
     */
    private static void killWhilePosting(Path home, String body, String eventId, String thread, String logName)
            throws Exception {
        slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"channel\":\"C0INCIDENT\",\"ts\":\"1700000999.000300\"}")
                .withFixedDelay(HELD_POST_MILLIS)));
        Path log = Path.of("target", logName).toAbsolutePath();
        ServeProcess ducky = ServeProcess.start(ServeProcess.fromClasspath(), home, slack, Fixtures.folder("runbooks"), log);
        children.add(ducky);
        ducky.awaitHealthy(STARTUP);

        var ack = new SignedSlack(ducky.url(), SlackSigner.SECRET).send(body);
        assertEquals(200, ack.statusCode(), "the mention is acked: " + ack.body());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (slack.requests("chat.postMessage").isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "Ducky started posting the answer; log: " + log);
            assertTrue(ducky.process().isAlive(), "Ducky is still running; log: " + log);
            Thread.sleep(20);
        }
        assertTrue(slack.requests("chat.postMessage").get(0).getBodyAsString().contains("thread_ts=" + thread),
                slack.requests("chat.postMessage").get(0).getBodyAsString());

        assertEquals(128 + 9, ducky.kill(), "killed by SIGKILL, not stopped");

        assertEquals("unanswered", inboxState(home, eventId), "the acked mention survived the kill in the inbox");
        assertEquals("SENDING", stepState(home, eventId + "/0"), "the kill came between the post and its record");
    }

    /** "missing", "unanswered" or "answered". */
    private static String inboxState(Path home, String eventId) throws SQLException {
        return single(home, "select case when answered_at is null then 'unanswered' else 'answered' end"
                + " from inbox where id = ?", eventId);
    }

    /** The posted_step state ("SENDING", "SENT"), or "missing". */
    private static String stepState(Path home, String stepId) throws SQLException {
        return single(home, "select state from posted_step where step_id = ?", stepId);
    }

    private static String single(Path home, String sql, String key) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", DB_USER, "");
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : "missing";
            }
        }
    }
}
