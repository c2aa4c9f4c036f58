package dev.ducky.prompts.model;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** Reads what a human is doing with a message; its reading is cross-checked against the offline classifier. */
public interface UnderstandingService {
    @SystemMessage(fromResource = "/dev/ducky/prompts/model/understanding-system.txt")
    @UserMessage(fromResource = "/dev/ducky/prompts/model/understanding-user.txt")
    Reading read(@V("message") String message);
}
