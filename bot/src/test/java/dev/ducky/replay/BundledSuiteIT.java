package dev.ducky.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ducky.evals.http.HttpReplayTarget;
import dev.ducky.evals.http.SlackWebApiStandIn;
import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.report.MarkdownReport;
import dev.ducky.evals.report.Reports;
import dev.ducky.evals.rules.Violation;
import dev.ducky.evals.run.RunListener;
import dev.ducky.evals.run.ScenarioResult;
import dev.ducky.evals.run.SuiteResult;
import dev.ducky.evals.run.SuiteRunner;
import dev.ducky.evals.scenario.BundledSuite;
import dev.ducky.evals.scenario.Scenario;
import dev.ducky.evals.scenario.ScenarioLoader;
import dev.ducky.support.SlackSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled suite, offline: in-process through the Copilot, end-to-end through the HTTP server, and
 * against mutants of Ducky that break each rule in turn. Any rule broken by the real Ducky fails the build;
 * so does a mutant the suite does not catch. The in-process reports land in target/eval-report.
 */
class BundledSuiteIT {
    private static Path home;
    private static List<Scenario> scenarios;
    private static InProcessReplayTarget inProcess;
    private static SuiteResult baseline;

    @BeforeAll
    static void replayInProcess() throws Exception {
        home = Files.createTempDirectory("ducky-suite");
        scenarios = ScenarioLoader.loadAll(List.of(BundledSuite.extractTo(home.resolve("suite"))));
        inProcess = new InProcessReplayTarget(home.resolve("in-process"));
        baseline = new SuiteRunner(inProcess, "in-process", Optional.empty(), RunListener.NONE).run(scenarios);
        Reports.writeAll(baseline, Path.of("target", "eval-report"));
    }

    @AfterAll
    static void stop() {
        inProcess.close();
    }

    @Test
    void inProcessNoRuleIsBroken() {
        String report = MarkdownReport.render(baseline);
        assertEquals(List.of(), baseline.violations(), report);
        assertFalse(baseline.failed(), report);
    }

    @Test
    void endToEndNoRuleIsBrokenAndEveryTurnGetsTheSameMoves() {
        SuiteResult endToEnd;
        try (SlackWebApiStandIn slack = new SlackWebApiStandIn();
             SuiteServers servers = new SuiteServers(home, slack)) {
            endToEnd = new SuiteRunner(endToEnd(slack, servers), "end-to-end", Optional.empty(), RunListener.NONE)
                    .run(scenarios);
        }
        String report = MarkdownReport.render(endToEnd);
        assertEquals(List.of(), endToEnd.violations(), report);
        assertFalse(endToEnd.failed(), report);
        assertEquals(moves(baseline), moves(endToEnd), report);
    }

    @Test
    void everyMutantIsCaughtByTheRuleItBreaks() {
        Map<Mutation, List<Violation>> results = MutationCheck.run(inProcess, scenarios);
        assertEquals(Mutation.values().length, MutationCheck.caught(results), "mutants not caught: "
                + results.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList());
    }

    static HttpReplayTarget endToEnd(SlackWebApiStandIn slack, SuiteServers servers) {
        return new HttpReplayTarget(slack, SlackSigner.SECRET, servers::url, EnumSet.of(Feature.KNOWLEDGE, Feature.SUPPORT, Feature.MODEL),
                Duration.ofSeconds(30));
    }

    /** Per scenario and turn, where Ducky posted, which moves, citing what: what both replays must agree on. */
    private static List<String> moves(SuiteResult result) {
        List<String> moves = new ArrayList<>();
        for (ScenarioResult s : result.scenarios()) {
            s.turns().forEach(t -> moves.add(s.scenario().id() + " " + t.turn().id() + " " + t.messages().stream()
                    .map(m -> m.channel() + ":" + m.move() + m.cited()).toList()));
        }
        return moves;
    }
}
