package dev.ducky.evals.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.ChannelKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a chat.postMessage back as a {@link BotMessage}: the text with Slack's escaping undone, the
 * buttons from the Block Kit actions, the trace from the message metadata's event payload.
 */
final class PostedMessages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STEP_ID = "step_id";

    private PostedMessages() {
    }

    static BotMessage read(Posted post, ChannelKind channel) {
        return new BotMessage(channel, text(post.fields().getOrDefault("text", "")), buttons(post), trace(post));
    }

    static String text(String mrkdwn) {
        return mrkdwn.replaceAll("<@([A-Z0-9]+)(\\|[^>]*)?>", "@$1")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static List<BotButton> buttons(Posted post) {
        List<BotButton> buttons = new ArrayList<>();
        String blocks = post.fields().get("blocks");
        if (blocks == null) {
            return buttons;
        }
        for (JsonNode block : tree(blocks)) {
            if ("actions".equals(block.path("type").asText())) {
                for (JsonNode element : block.path("elements")) {
                    buttons.add(new BotButton(element.path("action_id").asText(),
                            element.path("text").path("text").asText(), element.path("value").asText()));
                }
            }
        }
        return buttons;
    }

    /** The trace, without the step id that only serves Ducky's own at-most-once posting. */
    static Map<String, Object> trace(Posted post) {
        String metadata = post.fields().get("metadata");
        if (metadata == null) {
            return Map.of();
        }
        JsonNode payload = tree(metadata).path("event_payload");
        Map<String, Object> trace = new LinkedHashMap<>(JSON.convertValue(payload,
                new TypeReference<LinkedHashMap<String, Object>>() { }));
        trace.remove(STEP_ID);
        return trace;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ducky posted unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }
}
