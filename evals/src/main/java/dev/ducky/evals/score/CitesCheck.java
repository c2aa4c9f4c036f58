package dev.ducky.evals.score;

import dev.ducky.evals.replay.BotMessage;
import java.util.List;

/**
 * What is cited: each entry is a section ({@code file.md#anchor}) or a whole runbook ({@code file.md}, any of
 * its sections). An empty list expects no citation at all.
 */
public record CitesCheck(List<String> sections) implements Check {
    public CitesCheck {
        sections = List.copyOf(sections);
    }

    @Override
    public String describe() {
        return sections.isEmpty() ? "cites nothing" : "cites " + String.join(", ", sections);
    }

    @Override
    public CheckResult check(BotMessage message) {
        List<String> cited = message.cited();
        boolean ok = sections.isEmpty() ? cited.isEmpty()
                : sections.stream().allMatch(wanted -> cited.stream().anyMatch(c -> matches(c, wanted)));
        return CheckResult.of(describe(), ok, "cited " + (cited.isEmpty() ? "nothing" : String.join(", ", cited)));
    }

    static boolean matches(String cited, String wanted) {
        return wanted.contains("#") ? cited.equals(wanted) : cited.startsWith(wanted + "#") || cited.equals(wanted);
    }
}
