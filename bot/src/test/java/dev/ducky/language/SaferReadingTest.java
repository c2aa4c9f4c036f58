package dev.ducky.language;


import dev.ducky.coach.understanding.Understanding;
import dev.ducky.prompts.Intent;
import dev.ducky.prompts.model.Reading;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SaferReadingTest {
    private static Understanding offline(Intent intent) {
        return new Understanding(intent, 0.6, "examples");
    }

    @Test
    void agreementKeepsTheIntentAndTheHigherConfidence() {
        SaferReading.Pick pick = SaferReading.pick(offline(Intent.HYPOTHESIS), new Reading(Intent.HYPOTHESIS, 0.9));
        assertEquals(SaferReading.Outcome.AGREED, pick.outcome());
        assertEquals(new Understanding(Intent.HYPOTHESIS, 0.9, "examples+model"), pick.understanding());
    }

    @Test
    void askingBeatsTelling() {
        assertEquals(Intent.STUCK, SaferReading.pick(offline(Intent.ASK_QUERY), new Reading(Intent.STUCK, 0.7))
                .understanding().intent(), "the model's safer reading wins");
        assertEquals(Intent.ASK_QUERY, SaferReading.pick(offline(Intent.ASK_QUERY), new Reading(Intent.ASK_ANSWER, 0.99))
                .understanding().intent(), "the offline safer reading stands");
        assertEquals(Intent.DESCRIBE_SYMPTOM, SaferReading.pick(offline(Intent.ASK_PROCESS),
                new Reading(Intent.DESCRIBE_SYMPTOM, 0.8)).understanding().intent());
    }

    @Test
    void anUnsureModelAndChatterLeaveTheOfflineReading() {
        assertEquals(SaferReading.Outcome.OFFLINE_KEPT,
                SaferReading.pick(offline(Intent.ASK_QUERY), new Reading(Intent.STUCK, 0.3)).outcome());
        assertEquals(Intent.DESCRIBE_SYMPTOM, SaferReading.pick(offline(Intent.DESCRIBE_SYMPTOM),
                new Reading(Intent.CHATTER, 0.99)).understanding().intent(), "the model cannot silence Ducky");
        assertEquals(Intent.CHATTER, SaferReading.pick(offline(Intent.CHATTER), new Reading(Intent.STUCK, 0.99))
                .understanding().intent(), "nor make it answer chatter");
    }

    @Test
    void everyIntentButChatterIsRanked() {
        for (Intent intent : Intent.values()) {
            if (intent != Intent.CHATTER) {
                SaferReading.pick(offline(intent), new Reading(Intent.STUCK, 0.9));
            }
        }
    }
}
