package dev.ducky.query.translate;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.analysis.Lint;
import dev.ducky.query.examples.WorkedExample;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * What the translator made of a question: a checked query with its explanation, lints and link, or a
 * clarifying question. A query the parser rejects is never {@code valid}.
 *
 * @param intent   the recipe that wrote it, {@code example} for a worked example, {@code clarify} for none
 * @param example  the worked example shown or adapted, if one was
 * @param options  metric names a clarifying question offers
 */
public record Translation(QueryLanguage language, @Nullable String query, boolean valid, List<String> errors,
                          List<String> explanation, List<Lint> lints, @Nullable String clarify, @Nullable String link,
                          String intent, @Nullable WorkedExample example, List<String> metrics, List<String> functions,
                          List<String> options) {
    public Translation {
        Objects.requireNonNull(language, "language");
        errors = List.copyOf(errors);
        explanation = List.copyOf(explanation);
        lints = List.copyOf(lints);
        metrics = List.copyOf(metrics);
        functions = List.copyOf(functions);
        options = List.copyOf(options);
        Objects.requireNonNull(intent, "intent");
        if (valid && (query == null || !errors.isEmpty())) {
            throw new IllegalArgumentException("a valid translation has a query and no errors");
        }
        if (clarify != null && valid) {
            throw new IllegalArgumentException("a clarifying question shows no query as valid");
        }
    }

    public static Translation clarifying(QueryLanguage language, Clarification c) {
        return new Translation(language, null, false, List.of(), List.of(), List.of(), c.question(), null, "clarify",
                null, List.of(), List.of(), c.options());
    }

    /** Whether there is a valid query to show. */
    public boolean shown() {
        return valid && clarify == null;
    }
}
