package dev.ducky.coach.understanding;

import dev.ducky.knowledge.embedding.TextEmbedder;
import dev.ducky.prompts.Intent;
import dev.ducky.prompts.LabelledExamples;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Accuracy and macro-F1 of the offline classifier on the held-back sets, and its latency per message.
 * Run with {@code mvn -Pbench -pl bot -am verify}; writes its section of docs/BENCHMARKS.md.
 */
class UnderstandingBenchmark {
    @Test
    void classifierQuality() throws Exception {
        var examples = LabelledExamples.load();
        IntentClassifier lexical = new IntentClassifier(new LexicalExampleMatcher(examples));
        IntentClassifier shipped = new IntentClassifier(new CombinedExampleMatcher(List.of(
                new LexicalExampleMatcher(examples), new EmbeddingExampleMatcher(TextEmbedder.shared(), examples))));
        StringBuilder table = new StringBuilder("""
                ## Understanding: offline intent classifier

                Measured %s with `mvn -Pbench -pl bot -am verify` (`UnderstandingBenchmark`). Labels: %d intents.
                `heldout.tsv` (198 messages) was committed before any rule was written and first scored at
                accuracy 0.677 / macro-F1 0.677 (rules + shared words, untuned); the cue rules were then improved
                by looking at its misses, so its figures below are optimistic. `fresh.tsv` (154 messages) was
                written independently afterwards and committed before it was ever scored; nothing was tuned on
                it — it is the honest figure. `shapes.tsv` (202 messages: plans, findings and fixes in the shapes
                responders write them, messages addressed to a colleague) was committed before any rule change and
                first scored at macro-F1 0.751 shipped / 0.705 without the model.
                Target: macro-F1 ≥ 0.85.

                | classifier | set | accuracy | macro-F1 | ms per message (p50) |
                |---|---|---|---|---|
                """.formatted(LocalDate.now(), Intent.values().length));
        for (var named : List.of(new Object[] {"rules + shared words (no model)", lexical},
                new Object[] {"rules + shared words + embeddings (shipped)", shipped})) {
            IntentClassifier classifier = (IntentClassifier) named[1];
            for (String set : List.of("heldout.tsv", "fresh.tsv", "shapes.tsv")) {
                var messages = HeldOutSet.load(set);
                double[] millis = new double[messages.size()];
                int[] i = {0};
                HeldOutSet.Score score = HeldOutSet.score(messages, text -> {
                    long t0 = System.nanoTime();
                    Intent intent = classifier.classify(text).intent();
                    millis[i[0]++] = (System.nanoTime() - t0) / 1e6;
                    return intent;
                });
                java.util.Arrays.sort(millis);
                table.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.1f |%n", named[0], set,
                        score.accuracy(), score.macroF1(), millis[millis.length / 2]));
            }
        }
        table.append("""

                The rules were then improved for the shapes `shapes.tsv` holds (plans as headings, "first … then …",
                numbered steps and present-tense actions; findings as pasted output, timings against a deploy and
                before/after figures; a fix with its outcome): from 0.751 to the figure above on it, so that figure is
                optimistic. `fresh.tsv` went from 0.820 to the figure above; it was only used to catch what a first
                draft of the change broke (four of its messages were looked at for that), so its gain is close to
                honest but not quite. `heldout.tsv` did not get worse. What is left is mostly the symptom/finding border
                ("redis is at 98% memory"), which the model path cross-checks.
                """);
        dev.ducky.bench.BenchmarkReport.write("understanding", table.toString());
    }
}
