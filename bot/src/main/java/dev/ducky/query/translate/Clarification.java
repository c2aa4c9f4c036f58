package dev.ducky.query.translate;

import java.util.List;
import java.util.Objects;

/**
 * A question back to the human, when the translator is not sure which metric or label they mean.
 *
 * @param question the question to ask, ending in '?'
 * @param options  the candidates it offers (metric names), possibly empty
 */
public record Clarification(String question, List<String> options) implements Attempt {
    public Clarification {
        Objects.requireNonNull(question, "question");
        if (!question.strip().endsWith("?")) {
            throw new IllegalArgumentException("a clarification asks: " + question);
        }
        options = List.copyOf(options);
    }

    public static Clarification ask(String question) {
        return new Clarification(question, List.of());
    }
}
