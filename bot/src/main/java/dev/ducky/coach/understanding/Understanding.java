package dev.ducky.coach.understanding;

import dev.ducky.prompts.Intent;
import java.util.Objects;

/**
 * What the offline classifier made of a message.
 *
 * @param intent     what the human is doing
 * @param confidence 0..1, how sure the classifier is
 * @param source     what decided it: {@code rule}, {@code examples} or {@code default}
 */
public record Understanding(Intent intent, double confidence, String source) {
    public Understanding {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(source, "source");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }
}
