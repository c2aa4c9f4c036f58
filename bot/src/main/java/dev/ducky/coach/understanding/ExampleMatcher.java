package dev.ducky.coach.understanding;

import dev.ducky.prompts.Intent;
import java.util.Map;

/** Votes for intents by how close a message is to the labelled example utterances. */
public interface ExampleMatcher {
    /** Intent → vote in 0..1 (the votes sum to at most 1); empty when nothing is close. */
    Map<Intent, Double> vote(String text);
}
