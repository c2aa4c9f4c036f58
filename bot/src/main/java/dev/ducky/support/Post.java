package dev.ducky.support;

import dev.ducky.conversation.Reply;
import io.micronaut.core.annotation.Nullable;
import java.util.Objects;

/**
 * A message a support-flow step tells Slack, stored with the step before it is posted.
 *
 * @param to        which conversation of the question
 * @param visibleTo a user id when only that user may see it (an ephemeral message); null for everyone
 * @param reply     the message
 */
public record Post(To to, @Nullable String visibleTo, Reply reply) {
    /** The question's two conversations; their threads are resolved when the post is delivered. */
    public enum To {
        /** The thread support asked in (the first post starts it when the question came as a slash command). */
        SUPPORT,
        /** The incident channel: the first post there starts the thread the developers answer in. */
        INCIDENT
    }

    public Post {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reply, "reply");
    }

    public static Post to(To to, Reply reply) {
        return new Post(to, null, reply);
    }

    public static Post only(To to, String user, Reply reply) {
        return new Post(to, user, reply);
    }
}
