package dev.ducky.conversation;

import java.util.Objects;

/**
 * One human message that reached Ducky, with no chat-platform types.
 *
 * @param channelId   the channel it was said in
 * @param threadId    the thread Ducky answers in (the message's own id when it starts one)
 * @param userId      who said it
 * @param role        the speaker's role
 * @param channelKind incident or support channel
 * @param text        the text, with Ducky's own mention removed and already redacted
 */
public record Turn(String channelId, String threadId, String userId, Role role, ChannelKind channelKind, String text) {
    public Turn {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(channelKind, "channelKind");
        text = text == null ? "" : text.strip();
    }
}
