package dev.ducky.evals.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ducky.evals.replay.BotButton;
import java.util.Map;

/** The payloads Slack sends an app, built as JSON trees (so any text is escaped correctly). */
final class SlackPayloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackPayloads() {
    }

    /** An Events API callback wrapping {@code event}. */
    static String callback(String eventId, ObjectNode event) {
        ObjectNode root = JSON.createObjectNode().put("token", "replay").put("team_id", "T0001")
                .put("api_app_id", "A0001").put("type", "event_callback").put("event_id", eventId)
                .put("event_time", System.currentTimeMillis() / 1000);
        root.set("event", event);
        root.putArray("authorizations").addObject().put("team_id", "T0001")
                .put("user_id", SlackWebApiStandIn.BOT_USER).put("is_bot", true);
        return root.toString();
    }

    /** A human's message (with {@code <@ducky>} in front when it mentions Ducky). */
    static ObjectNode message(String type, String channel, String user, String text, String ts, String threadTs) {
        ObjectNode event = JSON.createObjectNode().put("type", type).put("user", user).put("text", text)
                .put("ts", ts).put("channel", channel).put("channel_type", "channel").put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    /** An alerting integration's message: Alertmanager and PagerDuty put the alert in an attachment. */
    static ObjectNode botMessage(String channel, String text, String ts, String threadTs) {
        ObjectNode event = JSON.createObjectNode().put("type", "message").put("subtype", "bot_message")
                .put("bot_id", SlackWebApiStandIn.ALERTING_BOT).put("username", "Alertmanager").put("text", "")
                .put("ts", ts).put("channel", channel).put("event_ts", ts);
        event.putArray("attachments").addObject().put("fallback", text).put("title", text);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    /** A button press on one of Ducky's messages (sent form-encoded as {@code payload=}). */
    static String blockAction(String channel, String user, String messageTs, String threadTs, BotButton button,
                              String actionTs) {
        ObjectNode root = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0001")
                .put("token", "replay").put("trigger_id", "trigger-" + actionTs);
        root.putObject("team").put("id", "T0001").put("domain", "quackmart");
        root.putObject("user").put("id", user).put("username", user).put("team_id", "T0001");
        ObjectNode container = root.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", channel).put("is_ephemeral", false);
        ObjectNode message = root.putObject("message").put("type", "message").put("ts", messageTs).put("text", "");
        if (threadTs != null) {
            container.put("thread_ts", threadTs);
            message.put("thread_ts", threadTs);
        }
        root.putObject("channel").put("id", channel).put("name", channel);
        root.putArray("actions").addObject().put("action_id", button.action()).put("block_id", "ducky")
                .put("value", button.value()).put("type", "button").put("action_ts", actionTs)
                .putObject("text").put("type", "plain_text").put("text", button.label());
        return root.toString();
    }

    /**
     * The submission of a modal Ducky opened ({@code view}, as it was sent to views.open): each field is an input
     * block whose block id and action id are the field's name, the shape Ducky's modals are read in.
     */
    static String viewSubmission(String triggerId, String user, String view, Map<String, String> fields) {
        JsonNode opened;
        try {
            opened = JSON.readTree(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ducky opened a modal that is not JSON: " + view, e);
        }
        ObjectNode root = JSON.createObjectNode().put("type", "view_submission").put("api_app_id", "A0001")
                .put("token", "replay").put("trigger_id", triggerId);
        root.putObject("team").put("id", "T0001").put("domain", "quackmart");
        root.putObject("user").put("id", user).put("username", user).put("team_id", "T0001");
        ObjectNode submitted = root.putObject("view").put("id", "V0001").put("type", "modal")
                .put("callback_id", opened.path("callback_id").asText())
                .put("private_metadata", opened.path("private_metadata").asText());
        ObjectNode values = submitted.putObject("state").putObject("values");
        fields.forEach((name, value) -> values.putObject(name).putObject(name).put("type", "plain_text_input")
                .put("value", value));
        return root.toString();
    }
}
