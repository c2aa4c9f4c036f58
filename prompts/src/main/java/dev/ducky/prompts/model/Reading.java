package dev.ducky.prompts.model;

import dev.ducky.prompts.Intent;
import dev.langchain4j.model.output.structured.Description;

/**
 * What the understanding model made of a message: the one thing the policy routes on, and how sure it is.
 */
public record Reading(
        @Description("what the human is doing with the message") Intent intent,
        @Description("how sure you are, from 0.0 to 1.0") double confidence) {
    public Reading {
        if (intent == null) {
            throw new IllegalArgumentException("the model named no intent");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }
}
