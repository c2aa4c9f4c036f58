package dev.ducky.evals.replay;

import java.util.List;

/**
 * Plays one turn of a past incident into Ducky and returns what Ducky posted. Implemented in-process by
 * the bot and end-to-end over signed Slack requests; evals depend on nothing but this.
 */
public interface Replay {
    List<BotMessage> send(ReplayTurn turn);
}
