package dev.ducky.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.evals.rules.Violation;
import dev.ducky.evals.run.RunListener;
import dev.ducky.evals.run.SuiteRunner;
import dev.ducky.evals.scenario.BundledSuite;
import dev.ducky.evals.scenario.Scenario;
import dev.ducky.evals.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The evals checked against a Ducky that breaks each rule in turn: the bundled suite must catch every
 * mutant, by the very rule it breaks, while the real Ducky breaks none.
 */
class EvalMutationIT {
    @Test
    void theSuiteCatchesEveryMutant() throws Exception {
        Path home = Files.createTempDirectory("ducky-mutants");
        List<Scenario> scenarios = ScenarioLoader.loadAll(List.of(BundledSuite.extractTo(home.resolve("suite"))));
        try (InProcessReplayTarget ducky = new InProcessReplayTarget(home.resolve("replay"))) {
            var baseline = new SuiteRunner(ducky, "in-process", Optional.empty(), RunListener.NONE).run(scenarios);
            assertEquals(List.of(), baseline.violations(), "the real Ducky must break no rule");

            Map<Mutation, List<Violation>> results = MutationCheck.run(ducky, scenarios);
            assertEquals(Mutation.values().length, MutationCheck.caught(results), "mutants not caught: "
                    + results.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList());
        }
    }
}
