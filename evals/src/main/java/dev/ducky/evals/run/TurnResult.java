package dev.ducky.evals.run;

import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.rules.Violation;
import dev.ducky.evals.scenario.ScenarioTurn;
import dev.ducky.evals.score.CheckResult;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One turn, replayed and scored.
 *
 * @param turn       the scenario's turn
 * @param messages   what Ducky posted after it
 * @param latency    from sending the turn to having Ducky's answer (or its silence)
 * @param checks     the turn's expectations, scored
 * @param violations the rules broken
 * @param known      the rules broken that the scenario lists as known (quarantined)
 */
public record TurnResult(ScenarioTurn turn, List<BotMessage> messages, Duration latency, List<CheckResult> checks,
                         List<Violation> violations, List<Violation> known) {
    public TurnResult {
        Objects.requireNonNull(turn, "turn");
        messages = List.copyOf(messages);
        Objects.requireNonNull(latency, "latency");
        checks = List.copyOf(checks);
        violations = List.copyOf(violations);
        known = List.copyOf(known);
    }
}
