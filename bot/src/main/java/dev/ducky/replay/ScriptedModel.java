package dev.ducky.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A scenario's scripted language model, as an OpenAI-compatible chat API on a local port: Ducky is pointed at
 * it like at any model. Each phrasing request gets the script's next answer as the message Ducky is to post
 * (in order, from the start again when the script runs out); every other request (understanding, query
 * writing) gets an answer Ducky cannot read, so Ducky falls back to its own rules there, as when a model
 * misbehaves.
 */
final class ScriptedModel implements AutoCloseable {
    /** The opening words of the phrasing service's system prompt (prompts: model/phrasing-system.txt). */
    private static final String PHRASING = "You write one Slack message";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private List<String> script = List.of();
    private int next;

    ScriptedModel() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the scripted model", e);
        }
        server.createContext("/v1/chat/completions", this::complete);
        server.start();
    }

    /** The settings that point Ducky at this model. */
    Map<String, Object> settings() {
        return Map.of("ducky.llm.provider", "openai",
                "ducky.llm.base-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
                "ducky.llm.api-key", "scripted", "ducky.llm.model", "scripted", "ducky.llm.timeout", "10s");
    }

    /** What the model answers from now on, for the next scenario. */
    synchronized void play(List<String> answers) {
        script = List.copyOf(answers);
        next = 0;
    }

    private void complete(HttpExchange exchange) throws IOException {
        String request;
        try (InputStream body = exchange.getRequestBody()) {
            request = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
        String content = request.contains(PHRASING) ? JSON.writeValueAsString(Map.of("text", nextAnswer(),
                "cites", List.of())) : "(scripted: nothing to say)";
        ObjectNode completion = JSON.createObjectNode().put("id", "scripted").put("object", "chat.completion")
                .put("created", 0).put("model", "scripted");
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        completion.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
        byte[] bytes = JSON.writeValueAsBytes(completion);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private synchronized String nextAnswer() {
        if (script.isEmpty()) {
            return "";
        }
        return script.get(next++ % script.size());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
