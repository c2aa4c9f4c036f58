package dev.ducky.evals.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A tiny Ducky for the driver's tests: checks Slack's signature, drops redeliveries, answers mentions,
 * alerts and clicks by posting to the Web API stand-in with a trace in the metadata, as Ducky does.
 */
final class FakeDucky implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final HttpServer server;
    private final String secret;
    private final SlackWebApiStandIn slack;
    private final Set<String> seen = new HashSet<>();

    FakeDucky(String secret, SlackWebApiStandIn slack) throws IOException {
        this.secret = secret;
        this.slack = slack;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/slack/events", this::events);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void events(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String timestamp = exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp");
        boolean signed = SlackSignature.sign(secret, Long.parseLong(timestamp), body)
                .equals(exchange.getRequestHeaders().getFirst("X-Slack-Signature"));
        if (signed) {
            answer(body.startsWith("payload=")
                    ? JSON.readTree(URLDecoder.decode(body.substring(8), StandardCharsets.UTF_8)) : JSON.readTree(body));
        }
        exchange.sendResponseHeaders(signed ? 200 : 401, -1);
        exchange.close();
    }

    private void answer(JsonNode payload) {
        if (payload.path("type").asText().equals("block_actions")) {
            JsonNode container = payload.path("container");
            post(container.path("channel_id").asText(), container.path("thread_ts").asText(), "Noted: "
                    + payload.path("actions").get(0).path("value").asText(), "NOTE_TAKEN", false);
            return;
        }
        JsonNode event = payload.path("event");
        if (!seen.add(payload.path("event_id").asText())) {
            return;
        }
        String thread = event.hasNonNull("thread_ts") ? event.get("thread_ts").asText() : event.path("ts").asText();
        String channel = event.path("channel").asText();
        if (event.path("subtype").asText().equals("bot_message")) {
            post(channel, thread, "Roll back first. What's your plan?", "SHOW_MITIGATION_FIRST", false);
        } else if (event.path("type").asText().equals("app_mention")) {
            String text = event.path("text").asText();
            if (text.contains("query")) {
                send(slack.prometheusUrl() + "/api/v1/query?query=up", "");
            }
            post(channel, thread, text.endsWith("help") ? "I help." : "Use &lt;this&gt; <@U0RESPONDER>?",
                    text.endsWith("help") ? "SHOW_HELP" : "POINT_TO_RUNBOOK", !text.endsWith("help"));
        }
    }

    private void post(String channel, String thread, String text, String move, boolean button) {
        ObjectNode payload = JSON.createObjectNode().put("step_id", "s1").put("move", move).put("stage", "explain")
                .put("channel", "incident");
        payload.putArray("retrieved").add("a.md#x");
        payload.putArray("cited").add("a.md#x");
        payload.putArray("buttons");
        payload.putObject("model").put("used", false);
        ObjectNode metadata = JSON.createObjectNode().put("event_type", "ducky_reply");
        metadata.set("event_payload", payload);
        String blocks = button ? "[{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"action_id\":"
                + "\"ducky_add_to_notes\",\"text\":{\"type\":\"plain_text\",\"text\":\"Add to notes\"},\"value\":\"v1\"}]}]"
                : "[]";
        send(slack.apiUrl() + "chat.postMessage", "channel=" + enc(channel) + "&thread_ts=" + enc(thread) + "&text="
                + enc(text) + "&blocks=" + enc(blocks) + "&metadata=" + enc(metadata.toString()));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void send(String url, String form) {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
