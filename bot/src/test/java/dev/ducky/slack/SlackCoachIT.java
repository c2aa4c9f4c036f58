package dev.ducky.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackSigner;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The coach over signed Slack requests: an alert opens the incident, a conversation in its thread, a button. */
class SlackCoachIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Set<String> ALLOWED_BUTTONS = Set.of("ducky_add_to_notes", "ducky_ping_owner");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SlackStandIn slack;
    private static EmbeddedServer server;
    private static SignedSlack signed;

    @BeforeAll
    static void start() throws Exception {
        slack = new SlackStandIn();
        server = DuckyServer.start(DuckyServer.properties(Files.createTempDirectory("ducky-coach-it"), slack));
        signed = new SignedSlack(server.getURL().toString(), SlackSigner.SECRET);
    }

    @AfterAll
    static void stop() {
        server.stop();
        slack.close();
    }

    private static JsonNode metadata(Map<String, String> post) throws Exception {
        return JSON.readTree(post.get("metadata")).get("event_payload");
    }

    @Test
    void anAlertOpensTheIncidentAndTheConversationStaysSocratic() throws Exception {
        String alertTs = "1700002000.000100";
        signed.send(Fixtures.read("slack/alertmanager_message.json", Map.of("EVENT_ID", "EvAlert1", "TS", alertTs)));
        Map<String, String> opened = slack.awaitPosts(1, WAIT).get(0);
        assertEquals(alertTs, opened.get("thread_ts"), "answers in the alert's thread");
        assertEquals("SHOW_MITIGATION_FIRST", metadata(opened).get("move").asText());
        assertTrue(opened.get("blocks").contains("Roll back the last deploy"), opened.get("blocks"));

        signed.send(Fixtures.threadMessage("EvCoach2", "1700002001.000100", alertTs, "im stuk pls help"));
        Map<String, String> stuck = slack.awaitPosts(2, WAIT).get(1);
        assertEquals("ASK_WHAT_STUCK_ON", metadata(stuck).get("move").asText(), "a reply in Ducky's thread is answered");
        assertEquals(0, metadata(stuck).get("cited").size(), "a question, never an answer");

        signed.send(Fixtures.threadMessage("EvCoach3", "1700002002.000100", alertTs,
                "rolled back checkout, the error rate is back to normal"));
        Map<String, String> document = slack.awaitPosts(3, WAIT).get(2);
        assertEquals("ASK_TO_DOCUMENT", metadata(document).get("move").asText());
        JsonNode blocks = JSON.readTree(document.get("blocks"));
        JsonNode button = blocks.get(blocks.size() - 1).get("elements").get(0);
        assertEquals("ducky_add_to_notes", button.get("action_id").asText());

        String click = Fixtures.read("slack/block_action.json", Map.of("THREAD_TS", alertTs,
                "ACTION_ID", "ducky_add_to_notes", "VALUE", button.get("value").asText(), "ACTION_TS", "1700002003.1"));
        assertEquals(200, signed.command("payload=" + URLEncoder.encode(click, StandardCharsets.UTF_8)).statusCode());
        Map<String, String> noted = slack.awaitPosts(4, WAIT).get(3);
        assertEquals("NOTE_TAKEN", metadata(noted).get("move").asText());

        signed.send(Fixtures.mention("EvCoach5", "1700002004.000100", "retro").replace(
                "\"ts\": \"1700002004.000100\"", "\"ts\": \"1700002004.000100\", \"thread_ts\": \"" + alertTs + "\""));
        Map<String, String> retro = slack.awaitPosts(5, WAIT).get(4);
        assertEquals("RETRO", metadata(retro).get("move").asText());
        assertTrue(retro.get("blocks").contains("the error rate is back to normal"), retro.get("blocks"));

        for (Map<String, String> post : slack.posts()) {
            for (JsonNode block : JSON.readTree(post.get("blocks"))) {
                if (block.has("elements") && "actions".equals(block.get("type").asText())) {
                    block.get("elements").forEach(e -> assertTrue(ALLOWED_BUTTONS.contains(e.get("action_id").asText()),
                            "only buttons that keep the human in the loop: " + e));
                }
            }
        }
    }

    @Test
    void chatterFromOtherBotsIsIgnored() throws Exception {
        int before = slack.posts().size();
        String notAnAlert = Fixtures.read("slack/alertmanager_message.json", Map.of("EVENT_ID", "EvBot9",
                "TS", "1700003000.000100")).replace("[FIRING:1] CheckoutHighErrorRate (checkout shop critical)",
                "Deploy of storefront finished");
        assertEquals(200, signed.send(notAnAlert).statusCode());
        Thread.sleep(800);
        assertEquals(List.of(), slack.posts().subList(before, slack.posts().size()));
    }
}
