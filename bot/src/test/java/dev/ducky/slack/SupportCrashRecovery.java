package dev.ducky.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.ducky.support.SupportSlack.SUPPORT_CHANNEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.Fixtures;
import dev.ducky.support.ServeProcess;
import dev.ducky.support.SlackStandIn;
import dev.ducky.support.SupportSlack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The support flow killed (SIGKILL, its own JVM) between each pair of steps and restarted on the same database:
 * ask → draft → question to the developers → confirm → answer to support → note to the developers. Each kill
 * freezes Ducky in the middle of one post by holding Slack's answer to it; the stand-in then tells the restarted
 * Ducky whether that post reached Slack (its step id in the thread) or not. Nothing is lost, nothing posted twice.
 * Subclasses choose the database.
 */
abstract class SupportCrashRecovery {
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final int HELD_MILLIS = 60_000;
    private static final String INCIDENT = "C0INCX";
    private static final String DEV_THREAD = "1700800000.000001";
    private static final String SUPPORT_THREAD = "1700800100.000100";

    private final SlackStandIn slack = new SlackStandIn();
    private final SupportSlack support = new SupportSlack(slack);
    private final Map<String, Integer> requested = new HashMap<>();
    private final Map<String, List<String>> stepIds = new HashMap<>();
    private int starts;
    private ServeProcess ducky;
    private Path home;

    /** The JDBC URL the restarted processes share, or null for the default H2 file under {@code home}. */
    abstract String databaseUrl(Path home) throws Exception;

    /** A connection to the same database, for checking what it holds. */
    abstract Connection connect(Path home, String url) throws SQLException;

    @AfterEach
    void stop() throws InterruptedException {
        if (ducky != null) {
            ducky.close();
        }
        slack.close();
    }

    @Test
    void killedBetweenEachPairOfStepsLosesNothingAndPostsNothingTwice() throws Exception {
        home = Files.createTempDirectory("ducky-support-crash");
        String url = databaseUrl(home);

        // 1. Support asks; killed while posting the draft, which never reaches Slack.
        start(url, "SUPPORT_DRAFT", () -> { });
        support.mention(INCIDENT, "U0LEAD", "1700800000.000000", "start orders backlog");
        support.awaitMove(INCIDENT, "INCIDENT_OPENED", 1);
        support.mention(SUPPORT_CHANNEL, "U0SUPPORT", SUPPORT_THREAD, "are orders lost?");
        String draftStep = killWhilePosting("SUPPORT_DRAFT");

        // 2. The draft is posted again (support's thread holds no message of its step); killed while posting the
        //    question to the developers, which does reach Slack.
        start(url, "SUPPORT_ASK_DEVS", () -> { });
        Map<String, String> ask = held("SUPPORT_ASK_DEVS");
        String askStep = killWhilePosting("SUPPORT_ASK_DEVS");

        // 3. The question is found in the incident channel's history, not posted again; a developer confirms;
        //    killed while posting the answer to support, which does reach Slack.
        start(url, "SUPPORT_ANSWER", () -> landed("conversations.history", INCIDENT, DEV_THREAD, askStep));
        awaitDelivered(url, 1);
        support.click(ask, DEV_THREAD, "ducky_support_confirm", "U0DEV");
        String answerStep = killWhilePosting("SUPPORT_ANSWER");

        // 4. The answer is found in support's thread, not posted again; killed while posting the note to the
        //    developers, which never reaches Slack.
        start(url, "SUPPORT_SENT", () -> landed("conversations.replies", SUPPORT_CHANNEL, SUPPORT_THREAD, answerStep));
        killWhilePosting("SUPPORT_SENT");

        // 5. The note is posted; every step is delivered, once.
        start(url, null, () -> { });
        support.awaitMove(INCIDENT, "SUPPORT_SENT", 1);
        awaitDelivered(url, 2);
        count();
        assertEquals(Map.of("INCIDENT_OPENED", 1, "SUPPORT_DRAFT", 2, "SUPPORT_ASK_DEVS", 1, "SUPPORT_ANSWER", 1,
                "SUPPORT_SENT", 2), requested, "posts that never reached Slack were sent again, no other post was");
        assertEquals(List.of(draftStep, draftStep), stepIds.get("SUPPORT_DRAFT"), "the repost is the same step");
        try (Connection db = connect(home, url)) {
            assertEquals(0, count(db, "select count(*) from support_step where delivered_at is null"));
            assertEquals(0, count(db, "select count(*) from inbox where answered_at is null"));
            assertEquals(0, count(db, "select count(*) from posted_step where state <> 'SENT'"));
            assertEquals(1, count(db, "select count(*) from support_step where kind = 'CONFIRMED'"), "confirmed once");
            assertEquals(1, count(db, "select count(*) from support_question"));
        }
    }

    /**
     * Starts Ducky with Slack holding its answer to the post of {@code heldMove} (none when null); {@code story}
     * adds what Slack says about earlier posts.
     */
    private void start(String url, String heldMove, Runnable story) throws Exception {
        count();
        slack.reset();
        support.stub();
        support.threadFor(INCIDENT, DEV_THREAD);
        story.run();
        if (heldMove != null) {
            slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing(heldMove))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"ok\":true,\"ts\":\"1700800999.000100\"}").withFixedDelay(HELD_MILLIS)));
        }
        Map<String, String> env = new HashMap<>();
        env.put("DUCKY_SUPPORT_CHANNELS", SUPPORT_CHANNEL);
        env.put("DUCKY_REMINDER_AFTER", "1h");
        if (url != null) {
            env.put("DUCKY_DB_URL", url);
        }
        ducky = ServeProcess.start(ServeProcess.fromClasspath(), home, slack, Fixtures.folder("support-runbooks"),
                Path.of("target", getClass().getSimpleName() + "-" + (++starts) + ".log").toAbsolutePath(), env);
        ducky.awaitHealthy(STARTUP);
        support.connect(ducky.url());
    }

    /** Waits for the held post of {@code move}, kills Ducky, and returns the post's step id. */
    private String killWhilePosting(String move) throws Exception {
        Map<String, String> post = held(move);
        assertEquals(128 + 9, ducky.kill(), "killed by SIGKILL");
        ducky = null;
        return SupportSlack.payload(post).get("step_id").asText();
    }

    private Map<String, String> held(String move) throws InterruptedException {
        return support.await(p -> move.equals(SupportSlack.move(p)), 1).get(0);
    }

    /** Slack did post {@code stepId}'s message in that conversation (it shows in its history / thread). */
    private void landed(String method, String channel, String thread, String stepId) {
        String messages = Fixtures.read("slack/replies_with_step.json", Map.of("THREAD_TS", thread, "REPLY_TS", thread,
                "STEP_ID", stepId));
        slack.server().stubFor(post(urlEqualTo("/api/" + method)).withRequestBody(containing("channel=" + channel))
                .willReturn(okJson(messages)));
    }

    /** Adds the posts the stand-in saw since the last count to {@link #requested}, by move. */
    private void count() {
        for (Map<String, String> post : slack.posts()) {
            String move = SupportSlack.move(post);
            requested.merge(move, 1, Integer::sum);
            stepIds.computeIfAbsent(move, m -> new ArrayList<>()).add(SupportSlack.payload(post).get("step_id").asText());
        }
        slack.server().resetRequests();
    }

    private void awaitDelivered(String url, int delivered) throws Exception {
        long deadline = System.nanoTime() + SupportSlack.WAIT.toNanos();
        while (true) {
            try (Connection db = connect(home, url)) {
                if (count(db, "select count(*) from support_step where delivered_at is not null") >= delivered) {
                    return;
                }
            }
            assertTrue(System.nanoTime() < deadline, "support steps delivered: " + delivered);
            Thread.sleep(100);
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
