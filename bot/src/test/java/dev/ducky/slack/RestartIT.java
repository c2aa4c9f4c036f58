package dev.ducky.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackSigner;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Duplicates across a restart on the same database, and the refusal to serve HTTP unsigned. */
class RestartIT {
    @Test
    void aRedeliveryAfterARestartIsNotAnsweredAgain() throws Exception {
        Path home = Files.createTempDirectory("ducky-restart");
        try (SlackStandIn slack = new SlackStandIn()) {
            Map<String, Object> properties = DuckyServer.properties(home, slack);
            String body = Fixtures.mention("EvRestart1", "1700000500.000100", "checkout errors");

            EmbeddedServer first = DuckyServer.start(properties);
            assertEquals(200, new SignedSlack(first.getURL().toString(), SlackSigner.SECRET).send(body).statusCode());
            slack.awaitPosts(1, Duration.ofSeconds(15));
            first.stop();

            EmbeddedServer second = DuckyServer.start(properties);
            try {
                var again = new SignedSlack(second.getURL().toString(), SlackSigner.SECRET)
                        .send(body, System.currentTimeMillis() / 1000, 1);
                assertEquals(200, again.statusCode(), "a redelivery is still acked");
                Thread.sleep(1000);
                assertEquals(1, slack.posts().size(), "but not answered twice");
            } finally {
                second.stop();
            }
        }
    }

    @Test
    void httpModeRefusesToStartWithoutASigningSecret() throws Exception {
        Path home = Files.createTempDirectory("ducky-unsigned");
        try (SlackStandIn slack = new SlackStandIn()) {
            Map<String, Object> properties = DuckyServer.properties(home, slack);
            properties.put("ducky.slack.signing-secret", "");
            Exception refused = assertThrows(Exception.class, () -> DuckyServer.start(properties).stop());
            StringBuilder messages = new StringBuilder();
            for (Throwable t = refused; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertTrue(messages.toString().contains("SLACK_SIGNING_SECRET"), messages.toString());
        }
    }
}
