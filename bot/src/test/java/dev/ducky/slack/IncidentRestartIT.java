package dev.ducky.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An incident's plan, notes and hypotheses survive a SIGKILL of the process in the middle of the incident. */
class IncidentRestartIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String THREAD = "1700004000.000100";

    private static String inThread(String eventId, String ts, String text) {
        return Fixtures.mention(eventId, ts, text)
                .replace("\"ts\": \"" + ts + "\"", "\"ts\": \"" + ts + "\", \"thread_ts\": \"" + THREAD + "\"");
    }

    private static String awaitRetro(SlackStandIn slack) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (Map<String, String> post : slack.posts()) {
                if (post.get("metadata").contains("\"move\":\"RETRO\"")) {
                    return post.get("blocks");
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no retro was posted: " + slack.posts());
    }

    @Test
    void planNotesAndHypothesesSurviveAKill() throws Exception {
        Path home = Files.createTempDirectory("ducky-incident-kill");
        try (SlackStandIn slack = new SlackStandIn()) {
            ServeProcess first = ServeProcess.start(ServeProcess.fromClasspath(), home, slack,
                    Fixtures.folder("runbooks"), Path.of("target", "incident-restart.log").toAbsolutePath());
            try {
                first.awaitHealthy(Duration.ofSeconds(60));
                SignedSlack signed = new SignedSlack(first.url(), SlackSigner.SECRET);
                // One at a time, as a human types: sent together, four workers could note before the start.
                signed.send(Fixtures.mention("EvInc1", THREAD, "start Checkout errors after the 14:00 deploy"));
                slack.awaitPosts(1, WAIT);
                signed.send(inThread("EvInc2", "1700004001.000100", "note the deploy went out at 13:58"));
                slack.awaitPosts(2, WAIT);
                signed.send(inThread("EvInc3", "1700004002.000100", "hypothesis the payment flow flag broke the basket"));
                slack.awaitPosts(3, WAIT);
                signed.send(inThread("EvInc4", "1700004003.000100", "I'm going to roll back checkout, then watch the errors"));
                slack.awaitPosts(4, WAIT);
                assertEquals(128 + 9, first.kill(), "killed with SIGKILL mid-incident");
            } finally {
                first.close();
            }

            EmbeddedServer second = DuckyServer.start(DuckyServer.properties(home, slack));
            try {
                new SignedSlack(second.getURL().toString(), SlackSigner.SECRET)
                        .send(inThread("EvInc5", "1700004004.000100", "retro"));
                // A reply the kill caught between its post and its record is posted again after the restart
                // (the stand-in's thread holds no message of that step), so find the retro by its move.
                String blocks = awaitRetro(slack);
                assertTrue(blocks.contains("Checkout errors after the 14:00 deploy"), blocks);
                assertTrue(blocks.contains("the deploy went out at 13:58"), "the note survived: " + blocks);
                assertTrue(blocks.contains("the payment flow flag broke the basket"), "the hypothesis survived: " + blocks);
                assertTrue(blocks.contains("roll back checkout"), "the plan survived: " + blocks);
            } finally {
                second.stop();
            }
        }
    }
}
