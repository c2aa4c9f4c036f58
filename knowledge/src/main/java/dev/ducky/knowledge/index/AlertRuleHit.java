package dev.ducky.knowledge.index;

import dev.ducky.knowledge.alerts.AlertRule;
import java.util.Objects;
import java.util.Optional;

/**
 * An alert rule from the index with the runbook section it belongs to.
 *
 * @param rule    the rule: name, PromQL, severity, annotations, where it is defined
 * @param runbook the section its {@code runbook_url} points at, or of the runbook named after the alert; empty when
 *                no indexed runbook matches
 */
public record AlertRuleHit(AlertRule rule, Optional<SearchHit> runbook) {
    public AlertRuleHit {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(runbook, "runbook");
    }
}
