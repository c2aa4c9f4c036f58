package dev.ducky.support;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WireMock on a random port, playing a language model's HTTP API (OpenAI-compatible unless a test stubs
 * another provider's path). Phrasing and understanding calls are told apart by their system prompts.
 */
public final class ModelStandIn implements AutoCloseable {
    /** The opening words of each AI service's system prompt (prompts/…/model/*-system.txt). */
    public static final String PHRASING = "You write one Slack message";
    public static final String UNDERSTANDING = "You read one message";
    public static final String QUERY_WRITING = "query for an on-call responder";
    public static final String OPENAI_PATH = "/v1/chat/completions";
    public static final String TLS_PASSWORD = "ducky-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final boolean https;

    public ModelStandIn() {
        this(wireMockConfig().dynamicPort(), false);
    }

    private ModelStandIn(WireMockConfiguration config, boolean https) {
        this.server = new WireMockServer(config);
        this.https = https;
        server.start();
    }

    /** Over HTTPS only, with the test certificate in {@code model/tls} (trust {@link #truststore()}). */
    public static ModelStandIn overHttps() {
        return new ModelStandIn(wireMockConfig().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(Fixtures.folder("model/tls").resolve("stand-in-keystore.p12").toString())
                .keystoreType("PKCS12").keystorePassword(TLS_PASSWORD).keyManagerPassword(TLS_PASSWORD), true);
    }

    public static String truststore() {
        return Fixtures.folder("model/tls").resolve("stand-in-truststore.p12").toString();
    }

    public WireMockServer server() {
        return server;
    }

    public String baseUrl() {
        return https ? "https://localhost:" + server.httpsPort() : server.baseUrl();
    }

    /** The base URL an OpenAI-compatible client is given. */
    public String openAiUrl() {
        return baseUrl() + "/v1";
    }

    /** Phrasing calls are answered with {@code content} as the assistant's message. */
    public void phrases(String content) {
        phrasesWith(okJson(completion("openai", content)));
    }

    public void phrasesWith(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).withRequestBody(containing(PHRASING)).willReturn(response));
    }

    /** Understanding calls are answered with {@code content} as the assistant's message. */
    public void understands(String content) {
        understandsWith(okJson(completion("openai", content)));
    }

    public void understandsWith(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlPathEqualTo(OPENAI_PATH)).withRequestBody(containing(UNDERSTANDING)).willReturn(response));
    }

    public List<LoggedRequest> requests() {
        return server.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
    }

    public void reset() {
        server.resetAll();
    }

    /** A provider's chat response ({@code model/providers/NAME.json}) whose assistant text is {@code content}. */
    public static String completion(String provider, String content) {
        return Fixtures.read("model/providers/" + provider + ".json", Map.of("CONTENT", json(content)));
    }

    /** What the phrasing service returns, as the model writes it. */
    public static String phrased(String text, List<String> cites) {
        Map<String, Object> phrased = new LinkedHashMap<>();
        phrased.put("text", text);
        phrased.put("cites", cites);
        return json(phrased);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
