package dev.ducky.evals.run;

import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.replay.Replay;
import dev.ducky.evals.replay.ReplaySetup;
import dev.ducky.evals.replay.ReplayTarget;
import dev.ducky.evals.scenario.KnownViolation;
import dev.ducky.evals.scenario.Scenario;
import dev.ducky.evals.score.Judge;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Replays scenarios one after the other, each in a fresh conversation, and scores every turn: its
 * expectations, and every rule on every message.
 */
public final class SuiteRunner {
    private final ReplayTarget target;
    private final String targetName;
    private final Optional<Judge> judge;
    private final RunListener listener;

    public SuiteRunner(ReplayTarget target, String targetName, Optional<Judge> judge, RunListener listener) {
        this.target = target;
        this.targetName = targetName;
        this.judge = judge;
        this.listener = listener;
    }

    public SuiteResult run(List<Scenario> scenarios) {
        // Conversations of different runs on the same Ducky must not share channels, threads or event ids.
        String run = UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        listener.started(scenarios.size());
        List<ScenarioResult> results = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioResult result = run(scenarios.get(i), run + "-" + (i + 1));
            results.add(result);
            listener.scenarioDone(result);
        }
        SuiteResult suite = new SuiteResult(targetName, results, Duration.ofNanos(System.nanoTime() - start));
        listener.finished(suite);
        return suite;
    }

    private ScenarioResult run(Scenario scenario, String name) {
        Set<Feature> missing = EnumSet.noneOf(Feature.class);
        missing.addAll(scenario.needs());
        missing.removeAll(target.features());
        if (!missing.isEmpty()) {
            return ScenarioResult.skipped(scenario, String.join("; ", missing.stream().map(f -> "needs "
                    + f.label() + ": " + f.whyMissing()).toList()));
        }
        long start = System.nanoTime();
        ConversationRun conversation = new ConversationRun(scenario, judge);
        try (Replay replay = target.open(new ReplaySetup(name, scenario.knowledge(), scenario.modelScript()))) {
            List<TurnResult> turns = conversation.play(replay, name);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            List<KnownViolation> stale = conversation.stale();
            if (!stale.isEmpty()) {
                return new ScenarioResult(scenario, ScenarioResult.Status.ERROR, String.join("; ", stale.stream()
                        .map(k -> "known violation " + k.rule() + " (line " + k.line() + ") no longer happens: "
                                + "remove it from known_violations").toList()), turns, took);
            }
            return new ScenarioResult(scenario, ScenarioResult.statusOf(turns), "", turns, took);
        } catch (RuntimeException e) {
            return new ScenarioResult(scenario, ScenarioResult.Status.ERROR, describe(e), conversation.played(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
