package dev.ducky.replay;

import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.replay.Replay;
import dev.ducky.evals.replay.ReplaySetup;
import dev.ducky.evals.replay.ReplayTarget;
import dev.ducky.evals.replay.ReplayTurn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A replay target whose Ducky breaks one rule on purpose, on top of a real one. */
final class MutatingReplayTarget implements ReplayTarget {
    private final ReplayTarget ducky;
    private final Mutation mutation;

    MutatingReplayTarget(ReplayTarget ducky, Mutation mutation) {
        this.ducky = ducky;
        this.mutation = mutation;
    }

    @Override
    public Set<Feature> features() {
        return ducky.features();
    }

    @Override
    public Replay open(ReplaySetup setup) {
        Replay replay = ducky.open(setup);
        Map<String, List<BotMessage>> answered = new HashMap<>();
        return new Replay() {
            @Override
            public List<BotMessage> send(ReplayTurn turn) {
                List<BotMessage> real = replay.send(turn);
                if (mutation == Mutation.ANSWER_REDELIVERIES && answered.containsKey(turn.id())) {
                    return answered.get(turn.id());
                }
                List<BotMessage> mutated = mutation.apply(turn, real);
                answered.putIfAbsent(turn.id(), mutated);
                return mutated;
            }

            @Override
            public List<String> queryEndpointCalls() {
                return replay.queryEndpointCalls();
            }

            @Override
            public void close() {
                replay.close();
            }
        };
    }
}
