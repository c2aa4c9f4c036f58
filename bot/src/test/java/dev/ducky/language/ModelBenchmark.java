package dev.ducky.language;


import dev.ducky.bench.BenchmarkReport;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Role;
import dev.ducky.conversation.Turn;
import dev.ducky.copilot.Copilot;
import dev.ducky.support.ModelStandIn;
import io.micronaut.context.ApplicationContext;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

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

                Measured %s with `mvn -Pbench -pl bot -am verify -Dit.test=ModelBenchmark`, the model played by
                WireMock (OpenAI-compatible API) returning the completions in `bot/src/test/resources/model/completions/`.

                | what | result | target |
                |---|---|---|
                | hostile completions caught and replaced by the template | %d/%d | all |
                | benign completions (every move the model phrases) passed unchanged | %d/%d | ≥ 90%% |
                | Ducky's own time per reply on top of a model stubbed at a fixed %d ms, p50 / p95 / max | %s | < 100 ms |
                | baseline: the same reply with no model configured, p50 / p95 / max | %s | |

                Overhead: %d replies (a %d-message conversation, %d rounds, each its own incident, after a warm-up reply),
                each timed around `Copilot.respond` in-process (H2, the test runbooks), minus %d ms per model call the
                stand-in received (%d calls: phrasing on every reply, understanding where the cue rules did not
                decide). It includes everything Ducky does offline too (retrieval, the policy, the database), plus
                prompt building, redaction, the HTTP round trip to the stand-in, JSON parsing and the guard. The
                baseline replies were interleaved with the measured ones, so machine load (system load average %.1f
                on %d cores during this run) hits both alike: the difference is what the model path adds.
                Both completion sets were written by the people who wrote the guard (the benign set's last ten in a
                chatty assistant's style, scored without tuning), so read the rates as regression figures, not as
                a model's real-world catch rate.
                """.formatted(LocalDate.now(), hostile.stream().filter(CompletionSets.Outcome::caught).count(),
                hostile.size(), benign.stream().filter(CompletionSets.Outcome::passedUnchanged).count(), benign.size(),
                MODEL_DELAY_MS, summary(overhead.withModel()), summary(overhead.offline()), overhead.withModel().length,
                CONVERSATION.size(), ROUNDS, MODEL_DELAY_MS, overhead.calls(), overhead.load(),
                Runtime.getRuntime().availableProcessors());
        System.out.println(markdown);
        BenchmarkReport.write("model", markdown);
    }

    /** Milliseconds per reply beyond the model's own time, with a model and without one. */
    record Overhead(double[] withModel, double[] offline, int calls, double load) {
    }

    private static Overhead overhead() throws Exception {
        try (ModelStandIn model = new ModelStandIn()) {
            model.understandsWith(okJson(ModelStandIn.completion("openai", ModelStandIn.json(
                    Map.of("intent", "DESCRIBE_SYMPTOM", "confidence", 0.4)))).withFixedDelay(MODEL_DELAY_MS));
            model.phrasesWith(okJson(ModelStandIn.completion("openai", ModelStandIn.phrased(
                    "What do you see so far, and what do you expect to see?", List.of()))).withFixedDelay(MODEL_DELAY_MS));
            try (ApplicationContext withModel = ApplicationContext.builder(CopilotWithModelIT.properties(Map.of(
                    "ducky.llm.provider", "openai", "ducky.llm.base-url", model.openAiUrl(),
                    "ducky.llm.model", "stand-in-model", "ducky.llm.timeout", "10s"))).environments("console").start();
                 ApplicationContext offline = ApplicationContext.builder(CopilotWithModelIT.properties(Map.of()))
                         .environments("console").start()) {
                Copilot modelled = withModel.getBean(Copilot.class);
                Copilot plain = offline.getBean(Copilot.class);
                say(modelled, "warm-up", CONVERSATION.get(0));
                say(plain, "warm-up", CONVERSATION.get(0));
                List<Double> overheads = new ArrayList<>();
                List<Double> baseline = new ArrayList<>();
                int calls = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    String channel = "C0BENCH" + round;
                    for (String text : CONVERSATION) {
                        baseline.add(millis(() -> say(plain, channel, text)));
                        int before = model.requests().size();
                        double millis = millis(() -> say(modelled, channel, text));
                        int made = model.requests().size() - before;
                        calls += made;
                        overheads.add(millis - made * MODEL_DELAY_MS);
                    }
                }
                return new Overhead(overheads.stream().mapToDouble(Double::doubleValue).toArray(),
                        baseline.stream().mapToDouble(Double::doubleValue).toArray(), calls,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    private static double millis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static String summary(double[] millis) {
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms", BenchmarkReport.median(millis),
                BenchmarkReport.percentile(millis, 95), Arrays.stream(millis).max().orElse(0));
    }

    private static List<Reply> say(Copilot copilot, String channel, String text) {
        return copilot.handle(new Inbound(UUID.randomUUID().toString(), Inbound.Kind.MENTION, channel, null, "U0BENCH",
                text)).replies();
    }
}
