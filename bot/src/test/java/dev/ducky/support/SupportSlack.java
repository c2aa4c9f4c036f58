package dev.ducky.support;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Slack side of the support flow in tests: the Web API stubs it needs on a {@link SlackStandIn}, the payloads
 * a user's actions send (as signed requests), and reading Ducky's posts back.
 */
public final class SupportSlack {
    public static final String SUPPORT_CHANNEL = "C0SUPPORT";
    public static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlackStandIn slack;
    private SignedSlack signed;
    private int events;

    public SupportSlack(SlackStandIn slack) {
        this.slack = slack;
        stub();
    }

    public void connect(String baseUrl) {
        signed = new SignedSlack(baseUrl, SlackSigner.SECRET);
    }

    /** The support flow's Web API methods; each incident channel's posts get their own ts ({@code <n>.000001}). */
    public void stub() {
        var api = slack.server();
        api.stubFor(post(urlEqualTo("/api/conversations.members"))
                .willReturn(okJson(Fixtures.read("slack/support/conversations_members.json", Map.of()))));
        api.stubFor(post(urlEqualTo("/api/conversations.history"))
                .willReturn(okJson("{\"ok\":true,\"messages\":[],\"has_more\":false}")));
        api.stubFor(post(urlEqualTo("/api/chat.postEphemeral"))
                .willReturn(okJson("{\"ok\":true,\"message_ts\":\"1700000998.000100\"}")));
        api.stubFor(post(urlEqualTo("/api/views.open")).willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V0EDIT\"}}")));
        api.stubFor(post(urlEqualTo("/api/views.publish")).willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V0HOME\"}}")));
    }

    /** Posts to {@code channel} answer with ts {@code thread} (the thread a top-level post starts). */
    public void threadFor(String channel, String thread) {
        slack.server().stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=" + channel))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + thread + "\"}")));
    }

    public void mention(String channel, String user, String ts, String text) throws Exception {
        send(Fixtures.read("slack/support/mention.json", Map.of("EVENT_ID", "EvSup" + (++events) + System.nanoTime(),
                "CHANNEL", channel, "USER", user, "TS", ts, "THREAD_TS", ts, "TEXT", text)));
    }

    public void inThread(String channel, String user, String thread, String text) throws Exception {
        String ts = thread.substring(0, thread.indexOf('.')) + "." + String.format("%06d", ++events);
        send(Fixtures.read("slack/support/thread_message.json", Map.of("EVENT_ID", "EvSup" + events + System.nanoTime(),
                "CHANNEL", channel, "USER", user, "TS", ts, "THREAD_TS", thread, "TEXT", text)));
    }

    /** Presses a button of {@code message} (a post of Ducky's, with its ts); returns the payload, to send it again. */
    public String click(Map<String, String> message, String messageTs, String actionId, String user) throws Exception {
        String thread = message.get("thread_ts");
        String payload = Fixtures.read("slack/support/block_action.json", Map.of("USER", user, "CHANNEL",
                message.get("channel"), "MESSAGE_TS", messageTs, "THREAD", thread == null ? ""
                        : ", \"thread_ts\": \"" + thread + "\"", "TRIGGER_ID", "trigger-" + (++events), "ACTION_ID",
                actionId, "VALUE", buttonValue(message, actionId), "ACTION_TS", "1700009000." + events));
        sendForm(payload);
        return payload;
    }

    public String submitEdit(String user, String reference, String answer, String nextUpdate) throws Exception {
        return sendForm(Fixtures.read("slack/support/view_submission.json", Map.of("USER", user, "TRIGGER_ID",
                "trigger-" + (++events), "REFERENCE", reference, "ANSWER", jsonString(answer), "NEXT_UPDATE",
                jsonString(nextUpdate))));
    }

    /** The inside of a JSON string holding {@code text}, as Slack would send what was typed. */
    private static String jsonString(String text) {
        String quoted = new ObjectMapper().valueToTree(text).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    public void openHome(String user) throws Exception {
        send(Fixtures.read("slack/support/app_home_opened.json", Map.of("USER", user, "EVENT_ID",
                "EvHome" + (++events) + System.nanoTime())));
    }

    public void slash(String channel, String user, String text) throws Exception {
        String form = "token=x&team_id=T0001&channel_id=" + channel + "&user_id=" + user + "&command=%2Fducky&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&trigger_id=trig" + (++events) + System.nanoTime()
                + "&response_url=https%3A%2F%2Fhooks.invalid%2Fx";
        if (signed.command(form).statusCode() != 200) {
            throw new AssertionError("slash command refused");
        }
    }

    /** Sends a block_actions or view_submission payload; returns Slack's view of the response body. */
    public String sendForm(String payload) throws Exception {
        var response = signed.command("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new AssertionError("interaction refused: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    public void send(String json) throws Exception {
        var response = signed.send(json);
        if (response.statusCode() != 200) {
            throw new AssertionError("event refused: " + response.statusCode() + " " + response.body());
        }
    }

    /** Waits until {@code count} posts match, and returns them in order. */
    public List<Map<String, String>> await(Predicate<Map<String, String>> which, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<Map<String, String>> matching = slack.posts().stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " matching post(s), saw " + matching.size()
                        + "; all posts: " + slack.posts().stream().map(p -> p.get("channel") + "/" + p.get("thread_ts")
                        + "/" + move(p)).toList());
            }
            Thread.sleep(50);
        }
    }

    public Map<String, String> awaitMove(String channel, String move, int nth) throws InterruptedException {
        return await(p -> channel.equals(p.get("channel")) && move.equals(move(p)), nth).get(nth - 1);
    }

    public List<Map<String, String>> posts(String channel, String move) {
        return slack.posts().stream().filter(p -> channel.equals(p.get("channel")) && move.equals(move(p))).toList();
    }

    public static String move(Map<String, String> post) {
        return post.get("metadata") == null ? "?" : payload(post).path("move").asText();
    }

    public static JsonNode payload(Map<String, String> post) {
        try {
            return JSON.readTree(post.get("metadata")).get("event_payload");
        } catch (Exception e) {
            throw new AssertionError("no metadata in " + post, e);
        }
    }

    public static String buttonValue(Map<String, String> post, String actionId) {
        try {
            for (JsonNode block : JSON.readTree(post.get("blocks"))) {
                for (JsonNode element : block.path("elements")) {
                    if (actionId.equals(element.path("action_id").asText())) {
                        return element.get("value").asText();
                    }
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no button " + actionId + " in " + post.get("blocks"));
    }
}
