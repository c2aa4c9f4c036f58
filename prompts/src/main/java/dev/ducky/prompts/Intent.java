package dev.ducky.prompts;

/**
 * What a human is doing with a message, as far as Ducky's policy cares. The labelled example utterances
 * ({@code understanding/examples.tsv}) use these names.
 */
public enum Intent {
    STATE_PLAN, HYPOTHESIS, STUCK, ASK_PROCESS, ASK_QUERY, REPORT_FINDING, ASK_DOCUMENT, ASK_ANSWER,
    DESCRIBE_SYMPTOM, SUPPORT_QUESTION, CHATTER
}
