package dev.ducky.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.persistence.Sql;
import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.Postgres;
import dev.ducky.support.ServeProcess;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackSigner;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A replica killed (SIGKILL, its own JVM) while it answers a channel: the other replica on the same PostgreSQL
 * takes the channel over once the dead one's lease runs out, and answers the message.
 */
class ReplicaTakeoverOnPostgresIT {
    private static final Duration LEASE = Duration.ofSeconds(3);

    @Test
    void theOtherReplicaFinishesWhatAKilledReplicaWasAnswering() throws Exception {
        Postgres.require();
        String url = Postgres.freshSchemaUrl("ducky_takeover");
        Path home = Files.createTempDirectory("ducky-takeover");
        try (SlackStandIn slack = new SlackStandIn()) {
            // The first post is held: the killed replica dies while posting. Later posts answer at once.
            slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("held").whenScenarioStateIs(
                    "Started").willSetStateTo("answered").willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"ok\":true,\"channel\":\"C0INCIDENT\",\"ts\":\"1700003000.000900\"}")
                    .withFixedDelay(60_000)));
            slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("held")
                    .whenScenarioStateIs("answered").willReturn(aResponse().withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"ok\":true,\"channel\":\"C0INCIDENT\",\"ts\":\"1700003000.000901\"}")));
            Path log = Path.of("target", "replica-takeover-a.log").toAbsolutePath();
            EmbeddedServer b = null;
            try (ServeProcess a = ServeProcess.start(ServeProcess.fromClasspath(), home.resolve("a"), slack,
                    Fixtures.folder("runbooks"), log, Map.of("DUCKY_DB_URL", url, "DUCKY_REPLICA", "replica-a",
                            "DUCKY_INBOX_LEASE", LEASE.toSeconds() + "s", "DUCKY_INBOX_HEARTBEAT", "1s"))) {
                a.awaitHealthy(Duration.ofSeconds(90));
                b = DuckyServer.start(replicaB(home.resolve("b"), slack, url));

                var ack = new SignedSlack(a.url(), SlackSigner.SECRET).send(
                        Fixtures.mention("EvTakeover", "1700003000.000100", "checkout is throwing 5xx errors"));
                assertEquals(200, ack.statusCode());
                awaitRequests(slack, 1, "replica a starts posting the answer; log: " + log);
                Sql sql = b.getApplicationContext().getBean(Sql.class);
                assertEquals(List.of("replica-a"), sql.query("select owner from channel_lease where channel = ?",
                        row -> row.getString(1), "C0INCIDENT"), "replica a holds the channel while it answers");

                assertEquals(128 + 9, a.kill(), "killed by SIGKILL, not stopped");
                long killedAt = System.nanoTime();

                awaitRequests(slack, 2, "replica b posts the answer once the lease ran out");
                long tookOver = System.nanoTime() - killedAt;
                assertTrue(tookOver < Duration.ofSeconds(30).toNanos(), "took over after " + tookOver / 1_000_000 + " ms");
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (!sql.query("select 1 from inbox where id = ? and answered_at is not null",
                        row -> row.getInt(1), "EvTakeover").equals(List.of(1))) {
                    assertTrue(System.nanoTime() < deadline, "replica b marks the message answered");
                    Thread.sleep(50);
                }
            } finally {
                if (b != null) {
                    b.getApplicationContext().close();
                }
                Postgres.dropSchema(url);
            }
        }
    }

    private static Map<String, Object> replicaB(Path home, SlackStandIn slack, String url) {
        Map<String, Object> properties = new HashMap<>(DuckyServer.properties(home, slack));
        properties.put("datasources.default.url", url);
        properties.put("ducky.inbox.replica", "replica-b");
        properties.put("ducky.inbox.lease", LEASE.toSeconds() + "s");
        properties.put("ducky.inbox.heartbeat", "1s");
        properties.put("ducky.inbox.sweep", "500ms");
        return properties;
    }

    private static void awaitRequests(SlackStandIn slack, int count, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (slack.requests("chat.postMessage").size() < count) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(20);
        }
    }
}
