package dev.ducky.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends Slack-signed requests to a running Ducky, as Slack's Events API would. */
public final class SignedSlack {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI events;
    private final String secret;

    public SignedSlack(String baseUrl, String secret) {
        this.events = URI.create(baseUrl + "/slack/events");
        this.secret = secret;
    }

    public HttpResponse<String> send(String json) throws IOException, InterruptedException {
        return send(json, System.currentTimeMillis() / 1000, null);
    }

    public HttpResponse<String> send(String json, long timestamp, Integer retryNum)
            throws IOException, InterruptedException {
        return send(json, timestamp, SlackSigner.sign(secret, timestamp, json), retryNum);
    }

    public HttpResponse<String> send(String json, long timestamp, String signature, Integer retryNum)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (retryNum != null) {
            request.header("X-Slack-Retry-Num", retryNum.toString()).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A slash command, form-encoded and signed. */
    public HttpResponse<String> command(String form) throws IOException, InterruptedException {
        long timestamp = System.currentTimeMillis() / 1000;
        return http.send(HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", SlackSigner.sign(secret, timestamp, form))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
