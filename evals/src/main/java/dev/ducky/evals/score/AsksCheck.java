package dev.ducky.evals.score;

import dev.ducky.evals.replay.BotMessage;

/** Whether the message asks the human something. */
public record AsksCheck(boolean asks) implements Check {
    @Override
    public String describe() {
        return asks ? "asks a question" : "asks no question";
    }

    @Override
    public CheckResult check(BotMessage message) {
        return CheckResult.of(describe(), message.asks() == asks, asks ? "no question in it" : "it asks");
    }
}
