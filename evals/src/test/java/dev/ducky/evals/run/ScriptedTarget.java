package dev.ducky.evals.run;

import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.replay.Replay;
import dev.ducky.evals.replay.ReplaySetup;
import dev.ducky.evals.replay.ReplayTarget;
import dev.ducky.evals.replay.ReplayTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** A stand-in Ducky for runner tests: answers each turn with whatever the test says. */
final class ScriptedTarget implements ReplayTarget {
    final List<ReplayTurn> received = new ArrayList<>();
    private final Set<Feature> features;
    private final Function<ReplayTurn, List<BotMessage>> answers;

    ScriptedTarget(Set<Feature> features, Function<ReplayTurn, List<BotMessage>> answers) {
        this.features = features;
        this.answers = answers;
    }

    @Override
    public Set<Feature> features() {
        return features;
    }

    @Override
    public Replay open(ReplaySetup setup) {
        return turn -> {
            received.add(turn);
            return answers.apply(turn);
        };
    }
}
