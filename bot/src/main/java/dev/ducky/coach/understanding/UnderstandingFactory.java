package dev.ducky.coach.understanding;

import dev.ducky.prompts.LabelledExamples;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The offline classifier, learning from the labelled examples in prompts. */
@Factory
class UnderstandingFactory {
    @Singleton
    IntentClassifier classifier() {
        return new IntentClassifier(new LexicalExampleMatcher(LabelledExamples.load()));
    }
}
