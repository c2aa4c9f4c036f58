package dev.ducky.prompts.model;

import dev.langchain4j.model.output.structured.Description;
import java.util.List;

/**
 * What the phrasing model wrote: the message and the runbook sections it cites. Missing text makes the
 * record unbuildable, so a reply without one counts as malformed output.
 */
public record Phrased(
        @Description("the Slack message, in Slack mrkdwn") String text,
        @Description("ids of the retrieved sections the message cites, e.g. checkout.md#mitigation") List<String> cites) {
    public Phrased {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the model wrote no text");
        }
        text = text.strip();
        cites = cites == null ? List.of() : List.copyOf(cites);
    }
}
