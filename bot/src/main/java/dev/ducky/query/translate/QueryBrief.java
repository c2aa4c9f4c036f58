package dev.ducky.query.translate;

import dev.ducky.query.QueryLanguage;

/**
 * What the model is given to write a query: the question, the catalog metrics its words point at, the nearest
 * worked examples, and what the offline rules wrote (or "none"), each as plain lines.
 */
public record QueryBrief(QueryLanguage language, String question, String catalog, String examples, String draft) {
}
