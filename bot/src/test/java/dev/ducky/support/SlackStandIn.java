package dev.ducky.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ducky.evals.http.FormFields;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** WireMock on a random port, playing the Slack Web API. */
public final class SlackStandIn implements AutoCloseable {
    public static final String BOT_USER = "U0DUCKY";

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public SlackStandIn() {
        server.start();
        reset();
    }

    /** Forgets every request and puts the default stubs back. */
    public void reset() {
        server.resetAll();
        server.stubFor(post(urlEqualTo("/api/auth.test")).willReturn(okJson("{\"ok\":true,\"url\":\"https://quackmart.slack.com/\","
                + "\"team\":\"Quackmart\",\"user\":\"ducky\",\"team_id\":\"T0001\",\"user_id\":\"" + BOT_USER
                + "\",\"bot_id\":\"B0DUCKY\"}")));
        server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0INCIDENT\",\"ts\":\"1700000999.000100\"}")));
        // Bolt asks who a bot is before deciding a bot's message is not Ducky's own.
        server.stubFor(post(urlEqualTo("/api/bots.info")).willReturn(okJson("{\"ok\":true,\"bot\":{\"id\":"
                + "\"B0ALERTS\",\"name\":\"Alertmanager\",\"user_id\":\"U0ALERTS\",\"app_id\":\"A0ALERTS\"}}")));
        server.stubFor(post(urlEqualTo("/api/conversations.replies"))
                .willReturn(okJson("{\"ok\":true,\"messages\":[],\"has_more\":false}")));
    }

    public WireMockServer server() {
        return server;
    }

    public String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    /** The form fields of every chat.postMessage received so far. */
    public List<Map<String, String>> posts() {
        return server.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream()
                .map(SlackStandIn::form).toList();
    }

    public List<LoggedRequest> requests(String method) {
        return server.findAll(postRequestedFor(urlEqualTo("/api/" + method)));
    }

    /** Waits until at least {@code count} posts arrived, or fails after {@code timeout}. */
    public List<Map<String, String>> awaitPosts(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (posts().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " chat.postMessage call(s), saw " + posts().size());
            }
            Thread.sleep(50);
        }
        return posts();
    }

    /** Answers the next chat.postMessage with 429 + Retry-After, then normally. */
    public void rateLimitOnce(int retryAfterSeconds) {
        server.stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("rate-limit")
                .whenScenarioStateIs("Started").willSetStateTo("limited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", String.valueOf(retryAfterSeconds))
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));
        server.stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("rate-limit")
                .whenScenarioStateIs("limited")
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0INCIDENT\",\"ts\":\"1700000999.000200\"}")));
    }

    static Map<String, String> form(LoggedRequest request) {
        return FormFields.parse(request.getBodyAsString());
    }

    @Override
    public void close() {
        server.stop();
    }
}
