package dev.ducky.replay;

import dev.ducky.evals.replay.ReplayTarget;
import dev.ducky.evals.rules.Violation;
import dev.ducky.evals.run.RunListener;
import dev.ducky.evals.run.SuiteRunner;
import dev.ducky.evals.scenario.Scenario;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the suite once per {@link Mutation} and tells, for each, whether the rule it breaks caught it. */
final class MutationCheck {
    private MutationCheck() {
    }

    /** For each mutation, the violations of its rule that the suite reported (empty: not caught). */
    static Map<Mutation, List<Violation>> run(ReplayTarget ducky, List<Scenario> scenarios) {
        Map<Mutation, List<Violation>> caught = new EnumMap<>(Mutation.class);
        for (Mutation mutation : Mutation.values()) {
            var result = new SuiteRunner(new MutatingReplayTarget(ducky, mutation), "mutant " + mutation,
                    Optional.empty(), RunListener.NONE).run(scenarios);
            caught.put(mutation, result.violations().stream().filter(v -> v.rule() == mutation.caughtBy()).toList());
        }
        return caught;
    }

    static long caught(Map<Mutation, List<Violation>> results) {
        return results.values().stream().filter(v -> !v.isEmpty()).count();
    }
}
