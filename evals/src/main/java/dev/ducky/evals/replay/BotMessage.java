package dev.ducky.evals.replay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message Ducky posted, with the trace it carried (move, stage, channel, retrieved, cited, buttons,
 * query, support, model, demonstration — see DESIGN.md). The trace is kept as the map it was serialised to,
 * so the in-process replay and Slack's message metadata are read the same way.
 *
 * @param channel where it was posted
 * @param text    its text, as a human reads it (Slack's escaping undone)
 * @param buttons its buttons, in order
 * @param trace   its trace; empty when the message carried none
 */
public record BotMessage(ChannelKind channel, String text, List<BotButton> buttons, Map<String, Object> trace) {
    public BotMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        buttons = List.copyOf(buttons);
        // Kept with its nulls: a field written as null ("nothing") differs from a field not written at all.
        trace = Collections.unmodifiableMap(new LinkedHashMap<>(trace));
    }

    public String move() {
        return String.valueOf(trace.getOrDefault("move", ""));
    }

    public String stage() {
        return String.valueOf(trace.getOrDefault("stage", ""));
    }

    public List<String> cited() {
        return strings("cited");
    }

    public List<String> retrieved() {
        return strings("retrieved");
    }

    /** A map-valued trace field ({@code query}, {@code support}, {@code model}); empty when absent or null. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> section(String field) {
        Object value = trace.get(field);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** Whether the message asks the human something. */
    public boolean asks() {
        return text.contains("?");
    }

    private List<String> strings(String field) {
        Object value = trace.get(field);
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
