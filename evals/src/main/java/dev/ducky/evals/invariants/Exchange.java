package dev.ducky.evals.invariants;

import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.scenario.ScenarioTurn;
import java.util.List;

/** One turn of a replayed conversation and what Ducky posted after it. */
public record Exchange(ScenarioTurn turn, List<BotMessage> messages) {
    public Exchange {
        messages = List.copyOf(messages);
    }
}
