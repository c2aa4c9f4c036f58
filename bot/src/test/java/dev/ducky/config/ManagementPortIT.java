package dev.ducky.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.ServeProcess;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackSigner;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With DUCKY_MANAGEMENT_PORT, /health and /prometheus answer on that port only, and the port Slack reaches
 * serves Slack alone; without it, they stay beside /slack/events.
 */
class ManagementPortIT {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aManagementPortTakesTheEndpointsOffTheSlackPort(@TempDir Path home) throws Exception {
        int managementPort = ServeProcess.freePort();
        String management = "http://127.0.0.1:" + managementPort;
        try (SlackStandIn slack = new SlackStandIn();
             ServeProcess ducky = ServeProcess.start(ServeProcess.fromClasspath(), home, slack,
                     Fixtures.folder("runbooks"), home.resolve("serve.log"),
                     Map.of("DUCKY_MANAGEMENT_PORT", String.valueOf(managementPort)))) {
            ducky.awaitHealthy(Duration.ofSeconds(120), management);

            SignedSlack signed = new SignedSlack(ducky.url(), SlackSigner.SECRET);
            signed.send(Fixtures.mention("EvManagementPort", "1700004000.000100", "checkout is throwing 5xx"));
            slack.awaitPosts(1, Duration.ofSeconds(30));

            assertEquals(200, get(management + "/health").statusCode());
            HttpResponse<String> metrics = get(management + "/prometheus");
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.body().contains("ducky_inbox_accepted"), "Ducky's counters, in Prometheus' format");
            assertEquals(404, get(ducky.url() + "/health").statusCode());
            assertEquals(404, get(ducky.url() + "/prometheus").statusCode());
            assertEquals(404, new SignedSlack(management, SlackSigner.SECRET).send(Fixtures.mention("EvOnManagement",
                    "1700004000.000200", "checkout is throwing 5xx")).statusCode(), "Slack is not served there");
        }
    }

    @Test
    void withoutOneTheEndpointsStayOnTheMainPort(@TempDir Path home) throws Exception {
        try (SlackStandIn slack = new SlackStandIn()) {
            EmbeddedServer server = DuckyServer.start(DuckyServer.properties(home, slack));
            try {
                String main = server.getURL().toString();
                assertEquals(200, get(main + "/health").statusCode());
                assertEquals(200, get(main + "/prometheus").statusCode());
            } finally {
                server.getApplicationContext().close();
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
