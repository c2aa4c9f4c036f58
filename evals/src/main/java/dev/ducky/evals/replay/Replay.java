package dev.ducky.evals.replay;

import java.util.List;

/**
 * One replayed conversation: plays a turn into Ducky and returns what Ducky posted in answer, each message
 * with its trace. Implemented in-process by the bot and end-to-end over signed Slack requests; evals depend
 * on nothing but this.
 */
public interface Replay extends AutoCloseable {
    List<BotMessage> send(ReplayTurn turn);

    /**
     * Requests Ducky made to a metrics or logs query endpoint while answering the last turn (it must make
     * none: Ducky never runs a query). Empty where the replay cannot observe them.
     */
    default List<String> queryEndpointCalls() {
        return List.of();
    }

    @Override
    default void close() {
    }
}
