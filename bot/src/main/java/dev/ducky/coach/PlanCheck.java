package dev.ducky.coach;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares the responder's plan with the runbook's mitigation: when the runbook starts with a mitigation
 * (roll back, flip a flag, fail over, scale) and the plan has none, that first step is the missing one.
 */
public final class PlanCheck {
    static final Pattern MITIGATION = Pattern.compile("\\b(roll ?back|rolling back|rollout undo|revert\\w*|undo|"
            + "feature flag|flag|flagctl|fail ?over|failover|scale|scaling|drain\\w*|disable\\w*|switch\\w* off|"
            + "turn\\w* off|mitigat\\w*|restart\\w*)\\b", Pattern.CASE_INSENSITIVE);

    private PlanCheck() {
    }

    /** The runbook's first mitigation step, when the plan mentions no mitigation at all. */
    static Optional<String> missingStep(List<String> planSteps, String mitigationText) {
        if (mitigationText == null || planSteps.stream().anyMatch(step -> MITIGATION.matcher(step).find())) {
            return Optional.empty();
        }
        String first = RunbookText.firstStep(mitigationText);
        return MITIGATION.matcher(first).find() ? Optional.of(first) : Optional.empty();
    }

    // A separator takes the whole run of spaces around it, and is looked for only where such a run begins (or
    // right after the previous separator), so a long run of spaces is read once.
    private static final Pattern SEPARATOR = Pattern.compile("(?:\\G|(?<!\\s))\\s*+(?:,?\\s*+\\b(?:and then|then|after that"
            + "|afterwards)\\b|;|(?<=\\s)->\\s|→)\\s*+", Pattern.CASE_INSENSITIVE);
    // Spaces are taken whole (a word always follows), so "ok" and a long run of spaces is read once.
    private static final Pattern INTENT_WORDS = Pattern.compile("^(?:ok(?:ay)?,?\\s++|so,?\\s++|first,?\\s++|next,?\\s++)*"
            + "(?:i'?m|im|i am|we'?re|we are)?\\s*+(?:going to|gonna|about to|i'?ll|i will|we'?ll|we will|will|let me"
            + "|lemme|let'?s)\\s++", Pattern.CASE_INSENSITIVE);

    /** The plan as separate steps, each as an action: "I'll roll back, then check logs" → "roll back", "check logs". */
    public static List<String> split(String plan) {
        return SEPARATOR.splitAsStream(plan).map(step -> INTENT_WORDS.matcher(step.strip()).replaceFirst("").strip())
                .filter(s -> s.length() > 2).toList();
    }
}
