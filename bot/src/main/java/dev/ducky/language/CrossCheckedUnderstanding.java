package dev.ducky.language;

import dev.ducky.coach.understanding.IntentClassifier;
import dev.ducky.coach.understanding.Understanding;
import dev.ducky.conversation.Turn;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/**
 * What a human is doing with a message: the offline classifier, cross-checked by the model when one is
 * configured and the classifier's cue rules did not decide on their own. When they disagree, the safer
 * move wins ({@link SaferReading}).
 */
@Singleton
public class CrossCheckedUnderstanding {
    private final IntentClassifier classifier;
    private final Optional<ModelUnderstanding> model;
    private final MeterRegistry metrics;

    public CrossCheckedUnderstanding(IntentClassifier classifier, Optional<ModelUnderstanding> model,
                                     MeterRegistry metrics) {
        this.classifier = classifier;
        this.model = model;
        this.metrics = metrics;
    }

    public Understanding understand(Turn turn, String text) {
        Understanding offline = classifier.classify(text);
        // A decisive cue ("/ducky", "I'm stuck", "thanks!") needs no second opinion, nor its latency.
        if (model.isEmpty() || offline.source().equals("rule")) {
            return offline;
        }
        Optional<SaferReading.Pick> pick = model.get().read(turn, text).map(reading -> SaferReading.pick(offline, reading));
        metrics.counter("ducky.model.understanding", "outcome",
                pick.map(p -> p.outcome().name()).orElse("FAILED").toLowerCase(Locale.ROOT)).increment();
        return pick.map(SaferReading.Pick::understanding).orElse(offline);
    }
}
