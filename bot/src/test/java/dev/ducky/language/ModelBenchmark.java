package dev.ducky.language;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import dev.ducky.bench.BenchmarkReport;
import dev.ducky.copilot.ChannelKind;
import dev.ducky.copilot.Copilot;
import dev.ducky.copilot.Reply;
import dev.ducky.copilot.Role;
import dev.ducky.copilot.Turn;
import dev.ducky.support.ModelStandIn;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The guard's catch rate on the hostile set, its pass rate on the benign set, and Ducky's own time on top of
 * a model that always takes 2 s. Run with {@code mvn -Pbench -pl bot -am verify}; writes its section of
 * docs/BENCHMARKS.md.
 */
class ModelBenchmark {
    private static final int MODEL_DELAY_MS = 2_000;
    /** A conversation in one incident: some messages need the model's reading and its phrasing, some only phrasing. */
    private static final List<String> CONVERSATION = List.of(
            "checkout is throwing 500s since 14:02",
            "what does the orders queue look like over the last hour",
            "im stuk pls help",
            "I'll roll back checkout, then read the logs",
            "maybe the new payment flow flag is the culprit",
            "orders worker logs show auth failures since 14:02",
            "just tell me what's wrong",
            "do we need to declare a SEV1 for this?",
            "I see 40k messages ready in the orders queue",
            "how do I see the error ratio for checkout?");
    private static final int ROUNDS = 3;

    @Test
    void guardAndOverhead() throws Exception {
        List<CompletionSets.Outcome> hostile = CompletionSets.phrase(CompletionSets.hostile());
        List<CompletionSets.Outcome> benign = CompletionSets.phrase(CompletionSets.benign());
        Overhead overhead = overhead();
        String markdown = """
                ## Language model: guard and overhead

                Measured %s with `mvn -Pbench -pl bot -am verify` (`ModelBenchmark`), the model played by WireMock
                (OpenAI-compatible API) returning the completions in `bot/src/test/resources/model/completions/`.

                | what | result | target |
                |---|---|---|
                | hostile completions caught and replaced by the template | %d/%d | all |
                | benign completions (every move the model phrases) passed unchanged | %d/%d | ≥ 90%% |
                | Ducky's own time per reply on top of a model stubbed at a fixed %d ms, p50 / p95 / max | %d / %d / %d ms | < 100 ms |

                Overhead: %d replies (a %d-message conversation in one incident, %d rounds, after one warm-up reply),
                each timed around `Copilot.respond` in-process (H2, the test runbooks), minus %d ms per model call the
                stand-in received (%d calls: phrasing on every reply, understanding where the cue rules did not
                decide). It includes retrieval, the policy, the database, prompt building, redaction, the HTTP round
                trip to the stand-in, JSON parsing and the guard. Both completion sets were written by the people who
                wrote the guard (the benign set's last ten in a chatty assistant's style, scored without tuning), so
                read the rates as regression figures, not as a model's real-world catch rate.
                """.formatted(LocalDate.now(), hostile.stream().filter(CompletionSets.Outcome::caught).count(), hostile.size(),
                benign.stream().filter(CompletionSets.Outcome::passedUnchanged).count(), benign.size(), MODEL_DELAY_MS,
                overhead.p50(), overhead.p95(), overhead.max(), overhead.replies(), CONVERSATION.size(), ROUNDS,
                MODEL_DELAY_MS, overhead.calls(), MODEL_DELAY_MS);
        System.out.println(markdown);
        BenchmarkReport.write("model", markdown);
    }

    record Overhead(int replies, int calls, long p50, long p95, long max) {
    }

    private static Overhead overhead() throws Exception {
        try (ModelStandIn model = new ModelStandIn()) {
            model.understandsWith(okJson(ModelStandIn.completion("openai", ModelStandIn.json(
                    Map.of("intent", "DESCRIBE_SYMPTOM", "confidence", 0.4)))).withFixedDelay(MODEL_DELAY_MS));
            model.phrasesWith(okJson(ModelStandIn.completion("openai", ModelStandIn.phrased(
                    "What do you see so far, and what do you expect to see?", List.of()))).withFixedDelay(MODEL_DELAY_MS));
            try (ApplicationContext context = ApplicationContext.builder(CopilotWithModelIT.properties(Map.of(
                    "ducky.llm.provider", "openai", "ducky.llm.base-url", model.openAiUrl(),
                    "ducky.llm.model", "stand-in-model", "ducky.llm.timeout", "10s"))).environments("console").start()) {
                Copilot copilot = context.getBean(Copilot.class);
                say(copilot, "warm-up", "checkout is throwing 500s since 14:02");
                List<Double> overheads = new ArrayList<>();
                int calls = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    for (String text : CONVERSATION) {
                        int before = model.requests().size();
                        long start = System.nanoTime();
                        say(copilot, "C0BENCH" + round, text);
                        double millis = (System.nanoTime() - start) / 1e6;
                        int made = model.requests().size() - before;
                        calls += made;
                        overheads.add(millis - made * MODEL_DELAY_MS);
                    }
                }
                double[] values = overheads.stream().mapToDouble(Double::doubleValue).toArray();
                return new Overhead(values.length, calls, Math.round(BenchmarkReport.median(values)),
                        Math.round(BenchmarkReport.percentile(values, 95)),
                        Math.round(java.util.Arrays.stream(values).max().orElse(0)));
            }
        }
    }

    private static List<Reply> say(Copilot copilot, String channel, String text) {
        return copilot.respond(new Turn(channel, "", "U0BENCH", Role.RESPONDER, ChannelKind.INCIDENT, text));
    }
}
