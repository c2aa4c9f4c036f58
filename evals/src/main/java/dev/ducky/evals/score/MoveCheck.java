package dev.ducky.evals.score;

import dev.ducky.evals.replay.BotMessage;
import java.util.List;

/** The move is one of these. */
public record MoveCheck(List<String> anyOf) implements Check {
    public MoveCheck {
        anyOf = List.copyOf(anyOf);
    }

    @Override
    public String describe() {
        return "move is " + String.join(" or ", anyOf);
    }

    @Override
    public CheckResult check(BotMessage message) {
        return CheckResult.of(describe(), anyOf.contains(message.move()), "move was " + message.move());
    }
}
