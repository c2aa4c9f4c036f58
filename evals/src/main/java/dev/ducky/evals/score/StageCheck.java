package dev.ducky.evals.score;

import dev.ducky.evals.replay.BotMessage;

/** The EDGE stage (explain, demonstrate, guide, enhance). */
public record StageCheck(String stage) implements Check {
    @Override
    public String describe() {
        return "stage is " + stage;
    }

    @Override
    public CheckResult check(BotMessage message) {
        return CheckResult.of(describe(), stage.equalsIgnoreCase(message.stage()), "stage was " + message.stage());
    }
}
