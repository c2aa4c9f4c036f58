package dev.ducky.evals.run;

import static dev.ducky.evals.Fixtures.ducky;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.replay.ReplayTurn;
import dev.ducky.evals.scenario.Scenario;
import dev.ducky.evals.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SuiteRunnerTest {
    private static final BotMessage DOCUMENT = ducky(ChannelKind.INCIDENT, "ASK_TO_DOCUMENT", "Document it?", List.of(),
            List.of(), List.of(new BotButton("ducky_add_to_notes", "Add to notes", "rolled back")), null);

    private static Scenario scenario(String yaml) throws IOException {
        return ScenarioLoader.load(Files.writeString(Files.createTempDirectory("s").resolve("s.yaml"), yaml));
    }

    private static SuiteResult run(ScriptedTarget target, Scenario... scenarios) {
        return new SuiteRunner(target, "scripted", Optional.empty(), RunListener.NONE).run(List.of(scenarios));
    }

    private static Function<ReplayTurn, List<BotMessage>> answering(String text, BotMessage reply) {
        return turn -> turn.text().contains(text) ? List.of(reply) : List.of();
    }

    @Test
    void clicksPressTheButtonDuckyOfferedAndRedeliveriesKeepTheirId() throws IOException {
        Scenario s = scenario("""
                title: t
                source: test
                turns:
                  - id: fix
                    text: rolled back, errors are gone
                    expect: {move: ASK_TO_DOCUMENT, buttons: [Add to notes]}
                  - click: Add to notes
                  - redeliver: fix
                """);
        ScriptedTarget target = new ScriptedTarget(Set.of(), answering("rolled back", DOCUMENT));
        SuiteResult result = run(target, s);
        assertEquals(ScenarioResult.Status.VIOLATED, result.scenarios().get(0).status(), "answered the redelivery");
        assertEquals(ReplayTurn.Kind.CLICK, target.received.get(1).kind());
        assertEquals("rolled back", target.received.get(1).button().value());
        assertEquals(target.received.get(0), target.received.get(2));
        assertTrue(result.failed());
    }

    @Test
    void aButtonDuckyNeverOfferedFailsTheTurnWithoutSendingIt() throws IOException {
        Scenario s = scenario("title: t\nsource: test\nturns:\n  - text: hi\n  - click: Ping owner\n");
        ScriptedTarget target = new ScriptedTarget(Set.of(), t -> List.of());
        ScenarioResult result = run(target, s).scenarios().get(0);
        assertEquals(ScenarioResult.Status.FAILED, result.status());
        assertEquals(1, target.received.size());
        assertEquals("no message of Ducky's offers it", result.checks().get(0).detail());
    }

    @Test
    void aScenarioNeedingAMissingFeatureIsSkippedWithTheReason() throws IOException {
        Scenario s = scenario("title: t\nsource: test\nrequires: [support, model]\nturns:\n  - text: hi\n");
        ScriptedTarget target = new ScriptedTarget(Set.of(Feature.MODEL), t -> List.of());
        ScenarioResult result = run(target, s).scenarios().get(0);
        assertEquals(ScenarioResult.Status.SKIPPED, result.status());
        assertTrue(result.reason().startsWith("needs support: the two-phase support flow"), result.reason());
        assertTrue(target.received.isEmpty());
    }

    @Test
    void aKnownViolationIsReportedWithoutFailingAndFailsOnceItStopsHappening() throws IOException {
        Scenario s = scenario("""
                title: t
                source: test
                known_violations: [{rule: no_execution, why: quotes the runbook}]
                turns:
                  - text: "@ducky checkout is down"
                """);
        BotMessage quoting = ducky("POINT_TO_RUNBOOK", "The runbook says: Say \"I executed the rollback\". What now?",
                List.of(), List.of());
        SuiteResult broken = run(new ScriptedTarget(Set.of(), t -> List.of(quoting)), s);
        assertEquals(ScenarioResult.Status.PASSED, broken.scenarios().get(0).status());
        assertEquals(1, broken.scenarios().get(0).knownViolations().size());
        SuiteResult fixed = run(new ScriptedTarget(Set.of(), t -> List.of(ducky("POINT_TO_RUNBOOK", "What now?",
                List.of(), List.of()))), s);
        assertEquals(ScenarioResult.Status.ERROR, fixed.scenarios().get(0).status());
        assertTrue(fixed.scenarios().get(0).reason().contains("no longer happens"), fixed.scenarios().get(0).reason());
    }

    @Test
    void aReplayThatThrowsIsAnErrorThatFailsTheRun() throws IOException {
        Scenario s = scenario("title: t\nsource: test\nturns:\n  - text: hi\n");
        SuiteResult result = run(new ScriptedTarget(Set.of(), t -> {
            throw new IllegalStateException("Ducky is down");
        }), s);
        assertEquals(ScenarioResult.Status.ERROR, result.scenarios().get(0).status());
        assertEquals("IllegalStateException: Ducky is down", result.scenarios().get(0).reason());
        assertTrue(result.failed());
    }

    @Test
    void latencyPercentilesComeFromEveryTurn() throws IOException {
        Scenario s = scenario("title: t\nsource: test\nturns:\n  - text: a\n  - text: b\n  - text: c\n");
        SuiteResult result = run(new ScriptedTarget(Set.of(), t -> List.of()), s, s);
        assertEquals(6, result.latenciesMillis().length);
        assertTrue(result.latencyPercentile(95) >= result.latencyPercentile(50));
        assertEquals(1.0, result.passRate());
    }
}
