package dev.ducky.evals.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Posts Slack-signed requests to a Ducky's /slack/events, as Slack's Events API and interactivity do. */
final class SignedEvents {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI events;
    private final String secret;

    SignedEvents(URI base, String secret) {
        this.events = base.resolve("/slack/events");
        this.secret = secret;
    }

    void event(String json) {
        send(json, "application/json");
    }

    /** An interaction (button press, modal submission): form-encoded {@code payload=…}. */
    void interaction(String payload) {
        send("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    private void send(String body, String contentType) {
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", SlackSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Ducky at " + events + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Ducky at " + events + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to Ducky", e);
        }
    }
}
