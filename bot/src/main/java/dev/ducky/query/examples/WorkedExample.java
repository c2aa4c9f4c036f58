package dev.ducky.query.examples;

import dev.ducky.query.QueryLanguage;
import java.util.Objects;

/**
 * A query with what it is for, to show or adapt when a question is close: an alert's description and its
 * {@code expr}, a runbook step and its code block, or a question a responder answered with their own query.
 *
 * @param description what the query answers, in words
 * @param reference   where it comes from: a runbook citation ({@code path#anchor}), an alert name, or the author
 */
public record WorkedExample(String description, QueryLanguage language, String query, Source source, String reference) {
    /** Where a worked example comes from; the label is what the trace's {@code demonstration} field says. */
    public enum Source {
        RUNBOOK("runbook"), ALERT_RULE("alert rule"), TEAM_HISTORY("team history");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public WorkedExample {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("a worked example needs a query");
        }
        query = query.strip();
    }
}
