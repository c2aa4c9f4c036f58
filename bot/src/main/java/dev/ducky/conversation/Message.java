package dev.ducky.conversation;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;

/**
 * A message said in a channel, before anything decided whether it is for Ducky: what every channel adapter
 * hands to the addressing rule.
 *
 * @param key           the delivery's own id (Slack's event_id)
 * @param channel       channel id
 * @param ts            the message's own id; it starts a thread when it is not in one
 * @param threadTs      the thread it was said in; null for a top-level message
 * @param user          who said it; null for an integration's bot
 * @param botId         the bot that posted it (an alerting integration); null for a human
 * @param text          what was said, Ducky's own mention removed
 * @param mentionsDucky whether it mentions Ducky
 * @param role          the speaker's role where the channel knows it (the console's {@code /as}); null: decided by
 *                      the channel it was said in
 */
public record Message(String key, String channel, String ts, @Nullable String threadTs, @Nullable String user,
                      @Nullable String botId, String text, boolean mentionsDucky, @Nullable Role role) {
    public Message {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ts, "ts");
        text = text == null ? "" : text;
    }

    /** A message in a channel that does not know roles (Slack). */
    public Message(String key, String channel, String ts, @Nullable String threadTs, @Nullable String user,
                   @Nullable String botId, String text, boolean mentionsDucky) {
        this(key, channel, ts, threadTs, user, botId, text, mentionsDucky, null);
    }

    /** The thread an answer goes in: the one it was said in, or the one it starts. */
    public String thread() {
        return threadTs != null ? threadTs : ts;
    }

    public boolean inThread() {
        return threadTs != null && !threadTs.equals(ts);
    }
}
