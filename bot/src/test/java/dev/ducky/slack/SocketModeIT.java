package dev.ducky.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ducky over Socket Mode: a local WebSocket server plays Slack's Socket Mode endpoint (handed out by WireMock's
 * apps.connections.open), delivers an app_mention envelope, and sees it acked and answered. Without a signing
 * secret there is no HTTP door for unsigned requests.
 */
class SocketModeIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SlackStandIn slack;
    private static SocketModeEndpoint endpoint;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        endpoint = new SocketModeEndpoint();
        endpoint.start();
        assertTrue(endpoint.started.await(10, TimeUnit.SECONDS) && endpoint.getPort() > 0,
                "the Socket Mode stand-in is listening");

        slack = new SlackStandIn();
        slack.server().stubFor(post(urlEqualTo("/api/apps.connections.open"))
                .willReturn(okJson("{\"ok\":true,\"url\":\"ws://127.0.0.1:" + endpoint.getPort() + "/link\"}")));

        Path home = Files.createTempDirectory("ducky-socket-mode");
        Map<String, Object> properties = DuckyServer.properties(home, slack);
        properties.put("ducky.slack.app-token", "xapp-1-test");
        properties.put("ducky.slack.signing-secret", "");
        server = DuckyServer.start(properties);

        assertTrue(endpoint.connected.await(WAIT.toSeconds(), TimeUnit.SECONDS), "Ducky opened the WebSocket");
        assertFalse(slack.requests("apps.connections.open").isEmpty(), "the URL came from apps.connections.open");
        assertTrue(slack.requests("apps.connections.open").get(0).getHeader("Authorization").contains("xapp-1-test"),
                "apps.connections.open is called with the app token");
        endpoint.send(Fixtures.read("slack/socket_mode_hello.json", Map.of()));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            try {
                if (endpoint != null) {
                    endpoint.stop(2000);
                }
            } finally {
                if (slack != null) {
                    slack.close();
                }
            }
        }
    }

    @Test
    void aMentionOverTheWebSocketIsAckedAndAnsweredInItsThread() throws Exception {
        String envelopeId = "4d4ba5a6-socket-mode-" + System.nanoTime();
        String ts = "1700000600.000100";
        String payload = Fixtures.mention("EvSocket1", ts, "checkout is throwing 5xx errors");
        endpoint.send(Fixtures.read("slack/socket_mode_events_api.json",
                Map.of("ENVELOPE_ID", envelopeId, "PAYLOAD", payload)));

        JsonNode ack = endpoint.awaitAck(envelopeId, WAIT);
        assertNotNull(ack, "Slack got the ack {\"envelope_id\":\"" + envelopeId + "\"}; received: " + endpoint.received);

        Map<String, String> post = awaitPostInThread(ts);
        assertEquals("C0INCIDENT", post.get("channel"));
        String blocks = post.get("blocks");
        assertTrue(blocks.contains(":book: Checkout errors › ") && blocks.contains("checkout-errors.md#"),
                "cites a section of the checkout runbook: " + blocks);
        assertTrue(post.get("metadata").contains("\"step_id\":\"EvSocket1/0\""), post.get("metadata"));
    }

    @Test
    void thereIsNoUnsignedHttpDoorInSocketMode() throws Exception {
        String ts = "1700000601.000100";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/slack/events"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                Fixtures.mention("EvUnsigned1", ts, "checkout is throwing 5xx errors")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, response.statusCode(), "an unsigned POST is refused: " + response.body());
        assertTrue(response.statusCode() == 404 || response.statusCode() == 401, "status " + response.statusCode());

        Thread.sleep(1000);
        assertTrue(slack.posts().stream().noneMatch(p -> ts.equals(p.get("thread_ts"))),
                "nothing is posted for the unsigned request: " + slack.posts());
    }

    private static Map<String, String> awaitPostInThread(String ts) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, String>> posts = slack.posts().stream().filter(p -> ts.equals(p.get("thread_ts"))).toList();
            if (!posts.isEmpty()) {
                return posts.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no chat.postMessage in thread " + ts + "; posts: " + slack.posts());
    }

    /** Slack's Socket Mode endpoint: accepts Ducky's WebSocket, sends what a test gives it, keeps what it gets. */
    private static final class SocketModeEndpoint extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch connected = new CountDownLatch(1);
        final List<String> received = new CopyOnWriteArrayList<>();
        private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
        private volatile WebSocket link;

        SocketModeEndpoint() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
            setDaemon(true);
        }

        void send(String message) {
            link.send(message);
        }

        /** The first message that acks {@code envelopeId}, or null after {@code timeout}. */
        JsonNode awaitAck(String envelopeId, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                String message = unread.poll(left, TimeUnit.NANOSECONDS);
                if (message == null) {
                    break;
                }
                JsonNode node = JSON.readTree(message);
                if (envelopeId.equals(node.path("envelope_id").asText())) {
                    return node;
                }
            }
            return null;
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            link = conn;
            connected.countDown();
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
            unread.add(message);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket conn, Exception e) {
            if (conn == null) {
                started.countDown(); // could not bind: the port check in start() reports it
            }
        }
    }
}
