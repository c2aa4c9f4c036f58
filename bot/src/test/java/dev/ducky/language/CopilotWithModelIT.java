package dev.ducky.language;


import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.ducky.coach.understanding.IntentClassifier;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Role;
import dev.ducky.conversation.Turn;
import dev.ducky.copilot.Copilot;
import dev.ducky.prompts.Intent;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Stage;
import dev.ducky.prompts.Templates;
import dev.ducky.support.Fixtures;
import dev.ducky.support.ModelStandIn;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The copilot with a model configured (WireMock playing an OpenAI-compatible API): the model's words when
 * they pass the guard; the offline reply, counted, whenever the model is down, slow, or talks nonsense;
 * nothing secret in what the model receives; and the safer reading when the two classifiers disagree.
 */
class CopilotWithModelIT {
    private static final String STUCK = "im stuk pls help";
    private static ModelStandIn model;
    private static ApplicationContext context;
    private static Copilot copilot;

    @BeforeAll
    static void start() throws Exception {
        model = new ModelStandIn();
        context = ApplicationContext.builder(properties(Map.of("ducky.llm.provider", "openai",
                "ducky.llm.base-url", model.openAiUrl(), "ducky.llm.api-key", "sk-test-0123456789abcdef",
                "ducky.llm.model", "stand-in-model", "ducky.llm.timeout", "2s"))).environments("console").start();
        copilot = context.getBean(Copilot.class);
        // The first call in a JVM loads the client and the services; warm them so timeouts measure the model.
        model.phrases(ModelStandIn.phrased("What are you stuck on?", List.of()));
        say(STUCK);
    }

    @AfterAll
    static void stop() {
        context.close();
        model.close();
    }

    @BeforeEach
    void resetModel() {
        model.reset();
    }

    static Map<String, Object> properties(Map<String, Object> llm) throws Exception {
        Path home = Files.createTempDirectory("ducky-model");
        Map<String, Object> properties = new HashMap<>(llm);
        properties.put("datasources.default.url", "jdbc:h2:file:" + home.resolve("db").toAbsolutePath());
        properties.put("ducky.knowledge.runbooks", Fixtures.folder("runbooks").toString());
        properties.put("ducky.knowledge.index-dir", home.resolve("index").toString());
        properties.put("ducky.knowledge.data-dir", home.toString());
        return properties;
    }

    /** A message in a channel of its own, so each test has its own incident. */
    private static Reply say(String text) {
        List<Reply> replies = copilot.handle(new Inbound(UUID.randomUUID().toString(), Inbound.Kind.MENTION,
                "C" + UUID.randomUUID(), null, "U0ALICE", text)).replies();
        assertEquals(1, replies.size(), "one reply to " + text);
        return replies.get(0);
    }

    private static boolean isTemplate(Move move, String text) {
        Templates templates = context.getBean(Templates.class);
        return IntStream.range(0, templates.variantCount(move)).anyMatch(v -> templates.render(move, Map.of(), v).equals(text));
    }

    @Test
    void theModelsWordsArePostedWhenTheyPassTheGuard() {
        String text = "Let's untangle it. What did you expect to see, and what are you seeing instead?";
        model.phrases(ModelStandIn.phrased(text, List.of()));
        Reply reply = say(STUCK);
        assertEquals(Move.ASK_WHAT_STUCK_ON, reply.trace().move());
        assertEquals(text, reply.text());
        assertTrue(reply.trace().model().used() && !reply.trace().model().fellBack(), reply.trace().toString());
    }

    static Stream<Arguments> brokenModels() {
        return Stream.of(
                Arguments.of("down (connection reset)", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "error"),
                Arguments.of("down (503)", aResponse().withStatus(503).withBody("{\"error\":\"overloaded\"}"), "error"),
                Arguments.of("slower than the timeout", okJson(ModelStandIn.completion("openai",
                        ModelStandIn.phrased("Too late?", List.of()))).withFixedDelay(4_000), "timeout"),
                Arguments.of("garbage", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                        .withBody("<html><body>502 Bad Gateway</body></html>"), "malformed"),
                Arguments.of("invalid JSON", okJson(ModelStandIn.completion("openai",
                        "Sure! {text: What are you stuck on?, cites: [")), "malformed"),
                Arguments.of("JSON without text", okJson(ModelStandIn.completion("openai", "{\"cites\": []}")), "malformed"));
    }

    @ParameterizedTest(name = "model {0}: the offline reply still comes")
    @MethodSource("brokenModels")
    void aBrokenModelStillGetsAnOfflineReplyAndTheFallbackIsCounted(String name, ResponseDefinitionBuilder response,
                                                                   String kind) {
        model.server().stubFor(any(anyUrl()).willReturn(response));
        double before = fallbacks(kind);
        Reply reply = say(STUCK);
        assertEquals(Move.ASK_WHAT_STUCK_ON, reply.trace().move());
        assertTrue(isTemplate(Move.ASK_WHAT_STUCK_ON, reply.text()), "the offline template: " + reply.text());
        assertTrue(reply.trace().model().used() && reply.trace().model().fellBack(), reply.trace().toString());
        assertTrue(reply.trace().model().reason().startsWith(kind), reply.trace().model().reason());
        assertEquals(before + 1, fallbacks(kind), "counted in ducky.model.fallbacks");
    }

    private static double fallbacks(String reason) {
        return context.getBean(MeterRegistry.class).find("ducky.model.fallbacks").tag("reason", reason).counters()
                .stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void aTokenAPasswordAndAnEmailNeverReachTheModel() {
        model.understands(ModelStandIn.json(Map.of("intent", "DESCRIBE_SYMPTOM", "confidence", 0.9)));
        model.phrases(ModelStandIn.phrased("Which of these have you checked so far?", List.of()));
        String token = "xoxb-2718281828-4590452353-abcdefghijkl";
        String password = "Tr0ub4dor&3";
        String email = "dana.whitfield@quackmart.example";
        // Straight into the copilot, as an in-process replay would: the model path redacts for itself.
        say("orders worker auth failures since 14:02, it uses token " + token + " and the db password: "
                + password + " — dana's address " + email + " is in the alert");
        List<String> bodies = model.requests().stream().map(r -> r.getBodyAsString()).toList();
        assertTrue(bodies.stream().anyMatch(b -> b.contains(ModelStandIn.UNDERSTANDING)), "understanding was asked");
        assertTrue(bodies.stream().anyMatch(b -> b.contains(ModelStandIn.PHRASING)), "phrasing was asked");
        for (String body : bodies) {
            assertFalse(body.contains(token) || body.contains("2718281828"), "token sent: " + body);
            assertFalse(body.contains(password) || body.contains("Tr0ub4dor"), "password sent: " + body);
            assertFalse(body.contains(email) || body.contains("dana.whitfield"), "email sent: " + body);
            assertTrue(body.contains("[redacted:"), "the markers are what the model sees: " + body);
        }
    }

    @Test
    void whenTheReadingsDisagreeTheSaferMoveWins() {
        String text = "what does the orders queue look like over the last hour";
        var offline = context.getBean(IntentClassifier.class).classify(text);
        assertEquals(Intent.ASK_QUERY, offline.intent(), "offline reads a query question");
        assertFalse(offline.source().equals("rule"), "not decided by a cue rule alone, so the model is asked");
        model.phrases(ModelStandIn.phrased("Which metric or logs, for which service, over what window?", List.of()));
        model.understands(ModelStandIn.json(Map.of("intent", "STUCK", "confidence", 0.8)));
        assertEquals(Move.ASK_WHAT_STUCK_ON, say(text).trace().move(), "asking beats showing a query");

        model.reset();
        model.phrases(ModelStandIn.phrased("Which metric or logs, for which service, over what window?", List.of()));
        model.understands(ModelStandIn.json(Map.of("intent", "ASK_ANSWER", "confidence", 0.95)));
        assertEquals(Stage.DEMONSTRATE.label(), say(text).trace().stage(),
                "the model cannot talk Ducky into climbing the just-tell-me ladder: the offline reading stands");
    }

    @Test
    void aQueryQuestionGetsTheModelsQueryOnceTheParserAcceptsIt() {
        String written = "histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds_bucket{service=\"checkout\"}[10m])))";
        model.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(ModelStandIn.OPENAI_PATH))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(ModelStandIn.QUERY_WRITING))
                .willReturn(okJson(ModelStandIn.completion("openai", ModelStandIn.json(Map.of("query", written))))));
        Reply reply = say("query how slow is checkout for nine in ten shoppers, last 10 minutes");
        assertEquals(Move.SHOW_QUERY, reply.trace().move());
        assertEquals(written, reply.trace().query().get("text"), reply.trace().toString());
        assertEquals("model", reply.trace().query().get("intent"));
        assertTrue(reply.text().contains(written), reply.text());
    }

    @Test
    void aMisspeltProviderStopsDuckyAtStartUp() throws Exception {
        var builder = ApplicationContext.builder(properties(Map.of("ducky.llm.provider", "opneai",
                "ducky.llm.model", "m"))).environments("console");
        Exception error = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, builder::start);
        assertTrue(rootMessage(error).contains("DUCKY_LLM_PROVIDER must be one of none|openai|ollama|azure|anthropic"),
                rootMessage(error));
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Test
    void withoutAProviderNothingModelRelatedExists() throws Exception {
        try (ApplicationContext offline = ApplicationContext.builder(properties(Map.of())).environments("console").start()) {
            assertTrue(offline.getBeansOfType(dev.langchain4j.model.chat.ChatModel.class).isEmpty());
            assertTrue(offline.findBean(ModelPhrasing.class).isEmpty());
            assertTrue(offline.findBean(ModelUnderstanding.class).isEmpty());
            Reply reply = offline.getBean(Copilot.class).handle(new Inbound("Ev-offline", Inbound.Kind.MENTION,
                    "C0OFFLINE", null, "U0ALICE", STUCK)).replies().get(0);
            assertEquals(dev.ducky.conversation.ModelUse.NONE, reply.trace().model());
        }
    }
}
