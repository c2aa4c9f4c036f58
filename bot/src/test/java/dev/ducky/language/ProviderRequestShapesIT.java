package dev.ducky.language;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ducky.coach.Decision;
import dev.ducky.config.ModelSettings;
import dev.ducky.prompts.Move;
import dev.ducky.support.ModelStandIn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each provider's client sends, against WireMock playing that provider: the path, the credentials
 * header, the model, and the system and user prompts from the prompts module; and that its answer is read.
 */
class ProviderRequestShapesIT {
    private static final String KEY = "test-key-0123456789abcdef";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String TEXT = "Let's untangle it together. What did you expect to see, and what do you see instead?";
    private static final Decision STUCK = Decision.of(Move.ASK_WHAT_STUCK_ON, Map.of());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void openAiCompatible() throws Exception {
        try (ModelStandIn model = new ModelStandIn()) {
            LoggedRequest request = phraseOnce(model, "/v1/chat/completions", "openai",
                    new ModelSettings("openai", model.openAiUrl(), KEY, "stand-in-model", TIMEOUT));
            assertEquals("Bearer " + KEY, request.getHeader("Authorization"));
            JsonNode body = json.readTree(request.getBodyAsString());
            assertEquals("stand-in-model", body.get("model").asText());
            assertPrompts(body.get("messages").get(0), body.get("messages").get(1));
        }
    }

    @Test
    void openAiCompatibleServerWithoutAKey() throws Exception {
        try (ModelStandIn model = new ModelStandIn()) {
            LoggedRequest request = phraseOnce(model, "/v1/chat/completions", "openai",
                    new ModelSettings("openai", model.openAiUrl(), "", "local-model", TIMEOUT));
            assertFalse(request.containsHeader("Authorization"), "no key, no credentials header");
        }
    }

    @Test
    void ollama() throws Exception {
        try (ModelStandIn model = new ModelStandIn()) {
            LoggedRequest request = phraseOnce(model, "/api/chat", "ollama",
                    new ModelSettings("ollama", model.baseUrl(), null, "stand-in-model", TIMEOUT));
            JsonNode body = json.readTree(request.getBodyAsString());
            assertEquals("stand-in-model", body.get("model").asText());
            assertFalse(body.get("stream").asBoolean(), "one answer, not a stream");
            assertPrompts(body.get("messages").get(0), body.get("messages").get(1));
        }
    }

    @Test
    void azureOverHttpsWithATrustedTestCertificate() throws Exception {
        String previous = System.getProperty("javax.net.ssl.trustStore");
        System.setProperty("javax.net.ssl.trustStore", ModelStandIn.truststore());
        System.setProperty("javax.net.ssl.trustStorePassword", ModelStandIn.TLS_PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        try (ModelStandIn model = ModelStandIn.overHttps()) {
            LoggedRequest request = phraseOnce(model, "/openai/deployments/stand-in-deployment/chat/completions", "azure",
                    new ModelSettings("azure", model.baseUrl(), KEY, "stand-in-deployment", TIMEOUT));
            assertTrue(request.getUrl().contains("api-version="), request.getUrl());
            assertEquals(KEY, request.getHeader("api-key"));
            assertEquals("https", request.getScheme());
            JsonNode body = json.readTree(request.getBodyAsString());
            assertPrompts(body.get("messages").get(0), body.get("messages").get(1));
        } finally {
            restore("javax.net.ssl.trustStore", previous);
            System.clearProperty("javax.net.ssl.trustStorePassword");
            System.clearProperty("javax.net.ssl.trustStoreType");
        }
    }

    @Test
    void anthropic() throws Exception {
        try (ModelStandIn model = new ModelStandIn()) {
            LoggedRequest request = phraseOnce(model, "/v1/messages", "anthropic",
                    new ModelSettings("anthropic", model.baseUrl() + "/v1/", KEY, "stand-in-model", TIMEOUT));
            assertEquals(KEY, request.getHeader("x-api-key"));
            assertTrue(request.containsHeader("anthropic-version"));
            JsonNode body = json.readTree(request.getBodyAsString());
            assertEquals("stand-in-model", body.get("model").asText());
            assertTrue(body.get("max_tokens").asInt() > 0);
            assertTrue(body.get("system").toString().contains(ModelStandIn.PHRASING), "system prompt: " + body.get("system"));
            JsonNode user = body.get("messages").get(0);
            assertEquals("user", user.get("role").asText());
            assertTrue(user.get("content").toString().contains("Move: ASK_WHAT_STUCK_ON"), user.toString());
        }
    }

    /** Phrases one move through the provider's client; checks the answer came back through the guard. */
    private static LoggedRequest phraseOnce(ModelStandIn model, String path, String provider, ModelSettings settings) {
        model.server().stubFor(post(urlPathEqualTo(path))
                .willReturn(okJson(ModelStandIn.completion(provider, ModelStandIn.phrased(TEXT, List.of())))));
        Rephrasing rephrased = ModelPhrasings.rephrase(ModelPhrasings.build(settings), STUCK);
        assertNull(rephrased.use().reason(), "the model's text is used: " + rephrased.use());
        assertEquals(TEXT, rephrased.text());
        List<LoggedRequest> requests = model.requests();
        assertEquals(1, requests.size(), "one call, no retries");
        assertEquals(path, requests.get(0).getUrl().split("\\?")[0]);
        return requests.get(0);
    }

    private static void assertPrompts(JsonNode system, JsonNode user) {
        assertEquals("system", system.get("role").asText());
        assertTrue(system.get("content").asText().startsWith(ModelStandIn.PHRASING), system.toString());
        assertEquals("user", user.get("role").asText());
        assertTrue(user.get("content").asText().contains("Move: ASK_WHAT_STUCK_ON"), user.toString());
        assertTrue(user.get("content").asText().contains("\"text\""), "asks for the record as JSON: " + user);
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }
}
