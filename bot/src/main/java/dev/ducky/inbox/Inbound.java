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
 * @param text     what they said, without Ducky's mention
 */
public record Inbound(String key, Kind kind, String channel, String threadTs, String user, String text) {
    public enum Kind { MENTION, THREAD_ANSWER, COMMAND }

    public Inbound {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(user, "user");
        text = text == null ? "" : text;
    }
}
