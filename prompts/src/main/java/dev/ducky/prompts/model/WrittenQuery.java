package dev.ducky.prompts.model;

import dev.langchain4j.model.output.structured.Description;

/**
 * What the query-writing model answered: a query, or a question back when it cannot tell what is meant.
 * Exactly one of the two, so an answer with neither (or both) counts as malformed output.
 */
public record WrittenQuery(
        @Description("the query, on one line, without code fences; empty when you ask instead") String query,
        @Description("one short question back when the metric, label or service meant is unclear; else empty")
        String clarify) {
    public WrittenQuery {
        query = blankToNull(query);
        clarify = blankToNull(clarify);
        if ((query == null) == (clarify == null)) {
            throw new IllegalArgumentException("the model must write either a query or a question back");
        }
    }

    public boolean asks() {
        return clarify != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
