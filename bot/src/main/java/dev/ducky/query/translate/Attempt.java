package dev.ducky.query.translate;

/** What a recipe or the translator made of a question: a query, or a question back. */
public sealed interface Attempt permits Draft, Clarification {
}
