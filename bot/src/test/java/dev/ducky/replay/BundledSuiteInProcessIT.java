package dev.ducky.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ducky.evals.report.MarkdownReport;
import dev.ducky.evals.run.RunListener;
import dev.ducky.evals.run.SuiteResult;
import dev.ducky.evals.run.SuiteRunner;
import dev.ducky.evals.scenario.BundledSuite;
import dev.ducky.evals.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled suite, replayed through the in-process Copilot: no rule may be broken. */
class BundledSuiteInProcessIT {
    @Test
    void noRuleIsBroken() throws Exception {
        Path home = Files.createTempDirectory("ducky-suite");
        var scenarios = ScenarioLoader.loadAll(List.of(BundledSuite.extractTo(home.resolve("suite"))));
        SuiteResult result;
        try (InProcessReplayTarget target = new InProcessReplayTarget(home.resolve("replay"))) {
            result = new SuiteRunner(target, "in-process", Optional.empty(), RunListener.NONE).run(scenarios);
        }
        String report = MarkdownReport.render(result);
        System.out.println(report);
        assertEquals(List.of(), result.violations(), report);
        assertFalse(result.failed(), report);
    }
}
