package dev.ducky.language;


import dev.ducky.config.ModelSettings;
import dev.ducky.config.QuerySettings;
import dev.ducky.knowledge.runbook.SampleRunbooks;
import dev.ducky.query.QueryLanguage;
import dev.ducky.query.examples.WorkedExample;
import dev.ducky.query.setup.TranslatorSetup;
import dev.ducky.query.translate.Translation;
import dev.ducky.query.translate.Translator;
import dev.ducky.support.ModelStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translator with a model configured (WireMock playing an OpenAI-compatible API): the model's query when the
 * parser accepts it; its errors sent back at most twice; the offline query when the model never gets it right, is
 * down, or names a metric nobody has; its question back when it cannot tell; the team's own query without asking.
 */
class TranslatorWithModelIT {
    private static final String WRITING = ModelStandIn.QUERY_WRITING;
    private static final String QUESTION = "p95 latency of checkout per route over the last 30 minutes";
    private static final String OFFLINE = "histogram_quantile(0.95, sum by (route, le) "
            + "(rate(http_request_duration_seconds_bucket{service=\"checkout\"}[30m])))";
    private static final String MODEL = "histogram_quantile(0.95, sum by (le, route) "
            + "(rate(http_request_duration_seconds_bucket{service=\"checkout\"}[30m])))";
    private static ModelStandIn model;
    private static Path samples;
    private static final List<WorkedExample> history = new ArrayList<>();
    private static Translator translator;
    private static Translator offline;

    @BeforeAll
    static void start() throws Exception {
        model = new ModelStandIn();
        samples = SampleRunbooks.extractTo(Files.createTempDirectory("ducky-samples"));
        ModelSettings settings = new ModelSettings("openai", model.openAiUrl(), "sk-test-0123456789abcdef",
                "stand-in-model", Duration.ofSeconds(5));
        translator = TranslatorSetup.build(QuerySettings.fromEnvironment(Map.of()), List.of(samples),
                () -> List.copyOf(history), ModelQueryWriter.fromSettings(settings), w -> { });
        offline = TranslatorSetup.build(QuerySettings.fromEnvironment(Map.of()), List.of(samples), List::of, w -> { });
    }

    @AfterAll
    static void stop() {
        model.close();
    }

    @BeforeEach
    void reset() {
        model.reset();
        history.clear();
    }

    @Test
    void theModelsQueryIsShownWhenTheParserAcceptsIt() {
        answers(written(MODEL, null));
        Translation t = translate(QUESTION + ", password=hunter2secret");
        assertTrue(t.valid(), t.errors().toString());
        assertEquals(MODEL, t.query());
        assertEquals("model", t.intent());
        assertTrue(t.explanation().get(0).startsWith("Written by the language model from the catalog"), t.explanation().toString());
        assertTrue(t.explanation().size() > 1, "the parser explains it part by part");
        String sent = onlyRequest();
        assertTrue(sent.contains("http_request_duration_seconds (histogram)"), "the catalog metrics the question names");
        assertTrue(sent.contains(OFFLINE.replace("\"", "\\\"")), "the offline draft as a start");
        assertFalse(sent.contains("hunter2secret"), "the question goes out redacted");
    }

    @Test
    void aRejectedQueryGoesBackWithTheParsersErrorOnce() {
        model.server().stubFor(post(urlPathEqualTo(ModelStandIn.OPENAI_PATH)).withRequestBody(containing(WRITING))
                .inScenario("repair").whenScenarioStateIs(STARTED).willSetStateTo("repaired")
                .willReturn(okJson(completion(written("histogram_quantile(0.95, sum by (le (rate(x[5m])))", null)))));
        model.server().stubFor(post(urlPathEqualTo(ModelStandIn.OPENAI_PATH)).withRequestBody(containing(WRITING))
                .inScenario("repair").whenScenarioStateIs("repaired").willReturn(okJson(completion(written(MODEL, null)))));
        Translation t = translate(QUESTION);
        assertEquals(MODEL, t.query());
        assertTrue(t.valid());
        assertTrue(t.explanation().get(0).endsWith("after 1 repair of its errors."), t.explanation().get(0));
        List<String> sent = requests();
        assertEquals(2, sent.size());
        assertTrue(sent.get(1).contains("It was rejected") && sent.get(1).contains("(column "), "the parser's error goes back");
    }

    @Test
    void aModelThatNeverGetsItRightIsRepairedTwiceThenTheOfflineQueryStands() {
        answers(written("sum(rate(checkout_latency_p95_seconds[30m]))", null));
        Translation t = translate(QUESTION);
        assertEquals(offline.translate(QUESTION, Translator.Options.none()), t);
        assertEquals(OFFLINE, t.query());
        List<String> sent = requests();
        assertEquals(3, sent.size(), "one answer and at most two repairs");
        assertTrue(sent.get(2).contains("metric checkout_latency_p95_seconds is not in the catalog"), "an invented metric is an error");
    }

    @Test
    void aLogQuestionGetsTheStreamLabelsTheRunbooksUse() {
        String logs = "sum by (route) (count_over_time({service=\"checkout\"} |= \"timeout\" [15m]))";
        answers(written(logs, null));
        Translation t = translator.translate("how many checkout timeouts per route in the logs?",
                Translator.Options.in(QueryLanguage.LOGQL));
        assertTrue(t.valid(), t.errors().toString());
        assertEquals(logs, t.query());
        assertEquals(QueryLanguage.LOGQL, t.language());
        String sent = onlyRequest();
        assertTrue(sent.contains("You write one LogQL query"), "the LogQL prompt");
        assertTrue(sent.contains("log queries select streams by these labels"), "the stream labels the runbooks use");
    }

    @Test
    void theModelsQuestionBackIsAsked() {
        answers(written(null, "Which service's latency do you mean: checkout's or payments'?"));
        Translation t = translate("how slow is it?");
        assertNull(t.query());
        assertFalse(t.valid());
        assertEquals("Which service's latency do you mean: checkout's or payments'?", t.clarify());
    }

    @Test
    void aModelThatIsDownOrTalksNonsenseLeavesTheOfflineQuery() {
        model.server().stubFor(post(urlPathEqualTo(ModelStandIn.OPENAI_PATH)).willReturn(aResponse().withStatus(503)));
        assertEquals(offline.translate(QUESTION, Translator.Options.none()), translate(QUESTION));
        model.reset();
        answers(written(MODEL, "and which route?"));
        assertEquals(offline.translate(QUESTION, Translator.Options.none()), translate(QUESTION));
    }

    @Test
    void theTeamsOwnQueryForTheSameQuestionNeedsNoModel() {
        history.add(new WorkedExample(QUESTION, QueryLanguage.PROMQL, MODEL, WorkedExample.Source.TEAM_HISTORY, "@U42"));
        answers(written("up", null));
        Translation t = translate(QUESTION);
        assertEquals(MODEL, t.query());
        assertEquals(WorkedExample.Source.TEAM_HISTORY, t.example().source());
        assertTrue(requests().isEmpty(), "no model call");
    }

    private static Translation translate(String question) {
        return translator.translate(question, Translator.Options.none());
    }

    private static void answers(String content) {
        model.server().stubFor(post(urlPathEqualTo(ModelStandIn.OPENAI_PATH)).withRequestBody(containing(WRITING))
                .willReturn(okJson(completion(content))));
    }

    private static String completion(String content) {
        return ModelStandIn.completion("openai", content);
    }

    private static String written(String query, String clarify) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("query", query);
        answer.put("clarify", clarify);
        return ModelStandIn.json(answer);
    }

    private static List<String> requests() {
        List<String> newestFirst = new ArrayList<>(model.requests().stream().map(r -> r.getBodyAsString()).toList());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static String onlyRequest() {
        List<String> sent = requests();
        assertEquals(1, sent.size());
        return sent.get(0);
    }
}
