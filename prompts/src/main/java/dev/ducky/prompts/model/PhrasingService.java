package dev.ducky.prompts.model;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * Phrases a move the policy already chose. The model never decides what to do: it is told the move, what
 * the move is for, the facts it may use and the offline wording, and its text is checked by the guard.
 */
public interface PhrasingService {
    @SystemMessage(fromResource = "/dev/ducky/prompts/model/phrasing-system.txt")
    @UserMessage(fromResource = "/dev/ducky/prompts/model/phrasing-user.txt")
    Phrased phrase(@V("move") String move, @V("purpose") String purpose, @V("channel") String channel,
                   @V("incident") String incident, @V("conversation") String conversation,
                   @V("facts") String facts, @V("sections") String sections, @V("cite") String cite,
                   @V("draft") String draft);
}
