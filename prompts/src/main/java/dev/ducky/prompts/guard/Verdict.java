package dev.ducky.prompts.guard;

import java.util.List;
import java.util.stream.Collectors;

/** The guard's judgement of one message: the rules it broke, none when it may be posted. */
public record Verdict(List<Violation> violations) {
    public Verdict {
        violations = List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    /** For traces and logs, e.g. {@code guard: ASKS_NOTHING, INVENTS_CODE}. */
    public String reason() {
        return "guard: " + violations.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
