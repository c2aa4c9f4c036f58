package dev.ducky.slack;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Role;
import dev.ducky.conversation.Turn;
import dev.ducky.support.DuckyServer;
import dev.ducky.support.Fixtures;
import dev.ducky.support.ModelStandIn;
import dev.ducky.support.SignedSlack;
import dev.ducky.support.SlackSigner;
import dev.ducky.support.SlackStandIn;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ducky in Slack with a model: the thread shows "is thinking…" while the model works, the status is settled
 * before the reply is posted, and the reply's metadata says the model phrased it.
 */
class SlackModelIT {
    private static final String SET_STATUS = "/api/assistant.threads.setStatus";
    private static final String TEXT = "Let's untangle it. What did you expect to see, and what are you seeing instead?";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SlackStandIn slack;
    private static ModelStandIn model;
    private static EmbeddedServer server;
    private static SignedSlack signed;

    @BeforeAll
    static void start() throws Exception {
        slack = new SlackStandIn();
        model = new ModelStandIn();
        Map<String, Object> properties = DuckyServer.properties(Files.createTempDirectory("ducky-slack-model"), slack);
        properties.putAll(Map.of("ducky.llm.provider", "openai", "ducky.llm.base-url", model.openAiUrl(),
                "ducky.llm.model", "stand-in-model", "ducky.llm.timeout", "5s"));
        server = DuckyServer.start(properties);
        signed = new SignedSlack(server.getURL().toString(), SlackSigner.SECRET);
    }

    @AfterAll
    static void stop() {
        server.stop();
        model.close();
        slack.close();
    }

    @BeforeEach
    void reset() {
        slack.reset();
        slack.server().stubFor(post(urlEqualTo(SET_STATUS)).willReturn(okJson("{\"ok\":true}")));
        model.reset();
        model.phrases(ModelStandIn.phrased(TEXT, List.of()));
    }

    @Test
    void theThreadShowsThinkingThenTheModelsReply() throws Exception {
        String ts = "1700003000.000100";
        signed.send(Fixtures.mention("EvModel1", ts, "im stuk pls help"));
        Map<String, String> post = slack.awaitPosts(1, Duration.ofSeconds(15)).get(0);

        List<Map<String, String>> statuses = statusCalls();
        assertEquals(1, statuses.size(), "one status per turn: " + statuses);
        assertEquals(Map.of("channel_id", "C0INCIDENT", "thread_ts", ts, "status", SlackThinkingStatus.THINKING),
                withoutToken(statuses.get(0)));
        List<String> order = requestsInOrder().stream().map(LoggedRequest::getUrl).toList();
        assertTrue(order.indexOf(SET_STATUS) < order.indexOf("/api/chat.postMessage"), "status before reply: " + order);

        JsonNode trace = JSON.readTree(post.get("metadata")).get("event_payload");
        assertEquals("ASK_WHAT_STUCK_ON", trace.get("move").asText());
        assertTrue(trace.get("model").get("used").asBoolean());
        assertFalse(trace.get("model").get("fellBack").asBoolean(), trace.toString());
        assertTrue(post.get("text").startsWith("Let's untangle it."), post.get("text"));
    }

    @Test
    void aTurnThatEndsInSilenceClearsTheStatus() {
        SlackThinkingStatus thinking = server.getApplicationContext().getBean(SlackThinkingStatus.class);
        Turn turn = new Turn("C0INCIDENT", "1700003100.000100", "U0HUMAN", Role.RESPONDER, ChannelKind.INCIDENT, "hm");
        thinking.show(turn);
        thinking.show(turn);
        thinking.settle("C0INCIDENT", "1700003100.000100", false);
        assertEquals(List.of(SlackThinkingStatus.THINKING, ""), statusCalls().stream().map(s -> s.get("status")).toList());
        thinking.settle("C0INCIDENT", "1700003100.000100", false);
        assertEquals(2, statusCalls().size(), "settled once");
    }

    /** The form fields of each setStatus call, oldest first. */
    private static List<Map<String, String>> statusCalls() {
        return requestsInOrder().stream().filter(r -> r.getUrl().equals(SET_STATUS)).map(r -> {
            Map<String, String> form = new HashMap<>();
            for (String pair : r.getBodyAsString().split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
            return form;
        }).toList();
    }

    private static Map<String, String> withoutToken(Map<String, String> form) {
        Map<String, String> copy = new HashMap<>(form);
        copy.remove("token");
        return copy;
    }

    private static List<LoggedRequest> requestsInOrder() {
        List<LoggedRequest> requests = new ArrayList<>(slack.server().getAllServeEvents().stream()
                .map(ServeEvent::getRequest).toList());
        Collections.reverse(requests);
        return requests;
    }
}
