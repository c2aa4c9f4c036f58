package dev.ducky.coach.understanding;

import dev.ducky.knowledge.embedding.TextEmbedder;
import dev.ducky.prompts.LabelledExamples;
import dev.ducky.prompts.LabelledExamples.Example;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The offline classifier: cue rules, then the labelled examples from prompts matched both by shared words
 * and by meaning with the in-process embedding model.
 */
@Factory
class UnderstandingFactory {
    @Singleton
    IntentClassifier classifier() {
        List<Example> examples = LabelledExamples.load();
        return new IntentClassifier(new CombinedExampleMatcher(List.of(new LexicalExampleMatcher(examples),
                new EmbeddingExampleMatcher(TextEmbedder.shared(), examples))));
    }
}
