package dev.ducky.query.translate;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.examples.WorkedExample;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * A query written for a question, before it is checked.
 *
 * @param intent      which recipe wrote it (e.g. {@code error-ratio}), or {@code example}
 * @param explanation what each part does, in the words of the question
 * @param example     the worked example it was taken from, if it was
 */
public record Draft(QueryLanguage language, String query, String intent, List<String> explanation,
                    @Nullable WorkedExample example) implements Attempt {
    public Draft {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(intent, "intent");
        explanation = List.copyOf(explanation);
    }

    public Draft(QueryLanguage language, String query, String intent, List<String> explanation) {
        this(language, query, intent, explanation, null);
    }

    /** The same draft with another query and one more line of explanation. */
    public Draft withQuery(String newQuery, String line) {
        List<String> lines = new java.util.ArrayList<>(explanation);
        lines.add(line);
        return new Draft(language, newQuery, intent, lines, example);
    }
}
