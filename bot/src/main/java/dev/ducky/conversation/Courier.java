package dev.ducky.conversation;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * What a channel adapter does with what Ducky decided: Slack posts through its Web API, the console prints, a
 * replay records. The copilot's front door and its outbox call it; the adapter decides nothing.
 */
public interface Courier {
    /** Whether this adapter carries messages for that channel (the console and Slack may share a database). */
    boolean serves(String channel);

    /** Whether a post to that channel would go out now, not wait out a rate limit (so other channels go first). */
    default boolean readyFor(String channel) {
        return true;
    }

    /**
     * Posts a message once per step id (a retried step finds its earlier post) and returns the posted message's
     * id, which starts a thread when {@code threadTs} is null.
     */
    String post(String stepId, String channel, @Nullable String threadTs, Reply reply);

    /** A message only {@code user} sees. */
    void postOnlyTo(String stepId, String channel, @Nullable String threadTs, String user, Reply reply);

    /** Called once Ducky decided, before anything is carried out (Slack settles its "is thinking…" status). */
    default void decided(Inbound inbound, Outcome outcome) {
    }

    /** Opens a form for the person whose click asked for it. */
    void open(Inbound click, Form form);

    /** Tells the person who submitted a form that it was not taken, and why. */
    void refuse(Inbound submission, List<String> problems);

    /** Shows a person their App Home. */
    void showHome(String user, Home home);
}
