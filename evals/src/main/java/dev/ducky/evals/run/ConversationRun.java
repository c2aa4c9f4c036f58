package dev.ducky.evals.run;

import dev.ducky.evals.invariants.Exchange;
import dev.ducky.evals.invariants.Invariants;
import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.Replay;
import dev.ducky.evals.replay.ReplayTurn;
import dev.ducky.evals.rules.Violation;
import dev.ducky.evals.scenario.KnownViolation;
import dev.ducky.evals.scenario.Scenario;
import dev.ducky.evals.scenario.ScenarioTurn;
import dev.ducky.evals.score.CheckResult;
import dev.ducky.evals.score.Expectation;
import dev.ducky.evals.score.ExpectationScorer;
import dev.ducky.evals.score.Judge;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One scenario's timeline played into one conversation: turn by turn, scored as it goes. */
final class ConversationRun {
    private final Scenario scenario;
    private final ExpectationScorer scorer;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<TurnResult> results = new ArrayList<>();
    private final List<String> transcript = new ArrayList<>();
    private final List<String> humanSaid = new ArrayList<>();
    private final Map<String, ReplayTurn> sent = new HashMap<>();

    ConversationRun(Scenario scenario, Optional<Judge> judge) {
        this.scenario = scenario;
        this.scorer = new ExpectationScorer(judge);
    }

    List<TurnResult> play(Replay replay, String name) {
        for (ScenarioTurn turn : scenario.turns()) {
            Optional<ReplayTurn> replayed = replayTurn(turn, name);
            if (replayed.isEmpty()) {
                results.add(new TurnResult(turn, List.of(), Duration.ZERO, List.of(CheckResult.fail(
                        "a button \"" + turn.click() + "\" to press", "no message of Ducky's offers it")),
                        List.of(), List.of()));
                continue;
            }
            long start = System.nanoTime();
            List<BotMessage> messages = replay.send(replayed.get());
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            sent.put(turn.id(), replayed.get());
            transcript.add(turn.as().label() + ": " + turn.summary());
            if (turn.kind() == ScenarioTurn.Kind.MESSAGE) {
                humanSaid.add(turn.text());
            }
            Exchange exchange = new Exchange(turn, messages);
            List<Violation> violations = new ArrayList<>();
            List<Violation> known = new ArrayList<>();
            for (Violation v : Invariants.check(exchange, exchanges, replay.queryEndpointCalls())) {
                (scenario.known().stream().anyMatch(k -> k.covers(turn, v)) ? known : violations).add(v);
            }
            List<CheckResult> checks = new ArrayList<>();
            for (Expectation expected : turn.expectations()) {
                checks.addAll(scorer.score(expected, messages, humanSaid, transcript));
            }
            messages.forEach(m -> transcript.add("ducky: " + m.text()));
            exchanges.add(exchange);
            results.add(new TurnResult(turn, messages, latency, checks, violations, known));
        }
        return played();
    }

    /** Known violations listed by the scenario that did not happen: Ducky was fixed, so the entry must go. */
    List<KnownViolation> stale() {
        return scenario.known().stream().filter(k -> results.stream().noneMatch(r -> r.known().stream()
                .anyMatch(v -> k.covers(r.turn(), v)))).toList();
    }

    List<TurnResult> played() {
        return List.copyOf(results);
    }

    private Optional<ReplayTurn> replayTurn(ScenarioTurn turn, String name) {
        String id = name + "-" + turn.id();
        return switch (turn.kind()) {
            case MESSAGE -> Optional.of(ReplayTurn.message(id, turn.as(), turn.channel(), turn.text(), turn.mention(),
                    turn.inThread()));
            case SUBMISSION -> Optional.of(ReplayTurn.submission(id, turn.as(), turn.channel(), turn.submission()));
            case REDELIVERY -> Optional.of(sent.get(turn.redelivers()));
            case CLICK -> latestButton(turn.click()).map(b -> ReplayTurn.click(id, turn.as(), turn.channel(), b));
        };
    }

    /** The button of that name on Ducky's most recent message offering one. */
    private Optional<BotButton> latestButton(String name) {
        for (int i = exchanges.size() - 1; i >= 0; i--) {
            List<BotMessage> messages = exchanges.get(i).messages();
            for (int j = messages.size() - 1; j >= 0; j--) {
                Optional<BotButton> button = messages.get(j).buttons().stream().filter(b -> b.isNamed(name)).findFirst();
                if (button.isPresent()) {
                    return button;
                }
            }
        }
        return Optional.empty();
    }
}
