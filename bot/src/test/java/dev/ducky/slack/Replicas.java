package dev.ducky.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.persistence.Sql;
import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackSigner;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one database, as behind a load balancer: Slack's retry of an event landing on the other
 * replica, and first messages of new channels arriving at both at once. Every message is answered exactly once,
 * and each channel has one open incident.
 */
abstract class Replicas {
    private static final Pattern STEP_ID = Pattern.compile("\"step_id\":\"([^\"]+)\"");
    private static final Duration WAIT = Duration.ofSeconds(90);

    protected SlackStandIn slack;
    protected EmbeddedServer a;
    protected EmbeddedServer b;

    /** The JDBC URL both replicas use. */
    abstract String databaseUrl(Path home) throws Exception;

    @BeforeEach
    void startTwoReplicas() throws Exception {
        Path home = Files.createTempDirectory("ducky-replicas");
        slack = new SlackStandIn();
        String url = databaseUrl(home);
        a = DuckyServer.start(replica("replica-a", home.resolve("a"), url));
        b = DuckyServer.start(replica("replica-b", home.resolve("b"), url));
    }

    @AfterEach
    void stopReplicas() {
        for (EmbeddedServer server : new EmbeddedServer[] {a, b}) {
            if (server != null) {
                server.getApplicationContext().close();
            }
        }
        slack.close();
    }

    /** A replica's properties: its own index and name, the shared database, short leases so tests run quickly. */
    protected Map<String, Object> replica(String name, Path home, String databaseUrl) {
        Map<String, Object> properties = DuckyServer.properties(home, slack);
        properties.put("datasources.default.url", databaseUrl);
        properties.put("ducky.inbox.replica", name);
        properties.put("ducky.inbox.lease", "3s");
        properties.put("ducky.inbox.heartbeat", "1s");
        properties.put("ducky.inbox.sweep", "500ms");
        return properties;
    }

    @Test
    void slacksRetryOnTheOtherReplicaIsAnsweredOnce() throws Exception {
        String body = Fixtures.mention("EvRetry1", "1700001000.000100", "checkout is throwing 5xx errors");
        assertEquals(200, signed(a).send(body).statusCode());
        assertEquals(200, signed(b).send(body, System.currentTimeMillis() / 1000, 1).statusCode(), "the retry is acked");

        awaitAnswered(List.of("EvRetry1"));
        Thread.sleep(1500);
        assertEquals(Map.of("EvRetry1/0", 1L), stepsPosted().entrySet().stream()
                .filter(e -> e.getKey().startsWith("EvRetry1/0")).collect(Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue)), "one reply for the event and its retry");
    }

    @Test
    void firstMessagesOfTwentyNewChannelsOnBothReplicasAtOnceOpenOneIncidentEachAndAreEachAnsweredOnce()
            throws Exception {
        List<String> events = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> acks = new ArrayList<>();
            for (int c = 1; c <= 20; c++) {
                String channel = String.format("C0NEW%02d", c);
                for (int m = 1; m <= 2; m++) {
                    String event = "EvNew" + c + "x" + m;
                    String ts = "17000020" + String.format("%02d", c) + ".00000" + m;
                    String text = m == 1 ? "checkout is throwing 5xx errors" : "the payments pods keep restarting";
                    String body = Fixtures.mention(event, ts, text).replace("C0INCIDENT", channel);
                    EmbeddedServer replica = m == 1 ? a : b;
                    events.add(event);
                    acks.add(senders.submit(() -> signed(replica).send(body).statusCode()));
                }
            }
            for (Future<Integer> ack : acks) {
                assertEquals(200, ack.get());
            }
        } finally {
            senders.shutdown();
        }

        awaitAnswered(events);
        Thread.sleep(1500);
        Map<String, Long> posted = stepsPosted();
        posted.forEach((step, count) -> assertEquals(1L, count, "posted once: " + step));
        List<String> openPerChannel = sql().query("select channel, count(*) from incident where state = 'OPEN'"
                + " and channel like 'C0NEW%' group by channel having count(*) > 1", row -> row.getString(1));
        assertEquals(List.of(), openPerChannel, "channels with more than one open incident");
        assertEquals(20, sql().query("select distinct channel from incident where state = 'OPEN' and channel like"
                + " 'C0NEW%'", row -> row.getString(1)).size(), "every channel has its incident session");
        assertEquals(0, sql().query("select id from inbox where answered_at is null", row -> row.getString(1)).size());
    }

    protected Sql sql() {
        return a.getApplicationContext().getBean(Sql.class);
    }

    protected static SignedSlack signed(EmbeddedServer replica) {
        return new SignedSlack(replica.getURL().toString(), SlackSigner.SECRET);
    }

    /** How often each step id was posted. */
    protected Map<String, Long> stepsPosted() {
        Map<String, Long> counts = new TreeMap<>();
        for (Map<String, String> post : slack.posts()) {
            Matcher m = STEP_ID.matcher(post.getOrDefault("metadata", ""));
            if (m.find()) {
                counts.merge(m.group(1), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Waits until each event's first reply was posted. */
    protected void awaitAnswered(List<String> events) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Map<String, Long> posted = stepsPosted();
            List<String> missing = events.stream().filter(e -> !posted.containsKey(e + "/0")).toList();
            if (missing.isEmpty()) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "not answered within " + WAIT + ": " + missing);
            Thread.sleep(100);
        }
    }
}
