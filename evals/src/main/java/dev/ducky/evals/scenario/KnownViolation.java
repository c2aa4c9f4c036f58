package dev.ducky.evals.scenario;

import dev.ducky.evals.rules.Rule;
import dev.ducky.evals.rules.Violation;
import java.util.Objects;

/**
 * A rule this scenario is known to make Ducky break, quarantined until Ducky is fixed: reported in every
 * summary, not failing the run — and failing it as soon as the violation stops happening, so the entry is
 * removed rather than forgotten.
 *
 * @param line where it is written
 * @param rule the rule broken
 * @param turn the id of the turn it happens at; null for any turn
 * @param why  what Ducky does wrong, and where it is being fixed
 */
public record KnownViolation(int line, Rule rule, String turn, String why) {
    public KnownViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(why, "why");
    }

    public boolean covers(ScenarioTurn at, Violation violation) {
        return violation.rule() == rule && (turn == null || turn.equals(at.id()));
    }
}
