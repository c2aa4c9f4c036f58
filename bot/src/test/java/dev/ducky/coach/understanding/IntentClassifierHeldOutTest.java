package dev.ducky.coach.understanding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.prompts.LabelledExamples;
import org.junit.jupiter.api.Test;

/** The offline classifier (rules + nearest examples by shared words) on the held-back set. */
class IntentClassifierHeldOutTest {
    @Test
    void lexicalClassifierOnTheHeldOutSet() {
        IntentClassifier classifier = new IntentClassifier(new LexicalExampleMatcher(LabelledExamples.load()));
        HeldOutSet.Score score = HeldOutSet.score(HeldOutSet.load(), text -> classifier.classify(text).intent());
        System.out.println("Lexical classifier on held-out set: " + score.summary());
        score.errors().forEach(e -> System.out.println("  miss " + e));
        assertTrue(score.macroF1() >= 0.85, "macro-F1 below the 0.85 target: " + score.summary());
    }

    /** A second held-back set nobody tuned on: the honest figure. */
    @Test
    void lexicalClassifierOnTheFreshSet() {
        IntentClassifier classifier = new IntentClassifier(new LexicalExampleMatcher(LabelledExamples.load()));
        HeldOutSet.Score score = HeldOutSet.score(HeldOutSet.load("fresh.tsv"), text -> classifier.classify(text).intent());
        System.out.println("Lexical classifier on fresh set: " + score.summary());
        score.errors().forEach(e -> System.out.println("  miss " + e));
        assertTrue(score.macroF1() >= 0.70, "macro-F1 on the fresh set fell below 0.70: " + score.summary());
    }
}
