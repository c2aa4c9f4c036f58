package dev.ducky.inbox;

import java.util.Objects;

/**
 * A Slack message that reached Ducky, in the shape the inbox keeps it (already redacted).
 *
 * @param key      the payload's own id: event_id for events, trigger_id for slash commands
 * @param kind     what kind of payload it was
 * @param channel  channel id
 * @param threadTs the thread to answer in
 * @param user     who sent it
 * @param text     what they said, without Ducky's mention (for a click: the button's value)
 * @param detail   the alert's name (ALERT), the button's action id (CLICK), the form's reference (FORM);
 *                 null otherwise
 * @param trigger  Slack's trigger id of a click, which may open a modal within seconds; null otherwise
 */
public record Inbound(String key, Kind kind, String channel, String threadTs, String user, String text,
                      String detail, String trigger) {
    /**
     * OBSERVED is a channel message not for Ducky that holds a code block to learn from; FORM is a submitted
     * modal; HOME is someone opening Ducky's App Home.
     */
    public enum Kind { MENTION, THREAD_ANSWER, COMMAND, ALERT, CLICK, OBSERVED, FORM, HOME }

    public Inbound(String key, Kind kind, String channel, String threadTs, String user, String text) {
        this(key, kind, channel, threadTs, user, text, null, null);
    }

    public Inbound(String key, Kind kind, String channel, String threadTs, String user, String text, String detail) {
        this(key, kind, channel, threadTs, user, text, detail, null);
    }

    public Inbound {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        user = user == null ? "integration" : user;
        text = text == null ? "" : text;
    }
}
