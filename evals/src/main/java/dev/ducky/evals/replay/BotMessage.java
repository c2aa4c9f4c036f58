package dev.ducky.evals.replay;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message Ducky posted, with the trace it carried (move, stage, channel, retrieved, cited, buttons,
 * query, support, model, demonstration — see DESIGN.md).
 */
public record BotMessage(ChannelKind channel, String text, List<String> buttons, Map<String, Object> trace) {
    public BotMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        buttons = List.copyOf(buttons);
        trace = Map.copyOf(trace);
    }
}
