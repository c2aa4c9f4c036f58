package dev.ducky.evals.score;

import dev.ducky.evals.replay.BotMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ducky states no root cause as fact (it may ask about one, or quote what a runbook says to check). */
public record NoCauseCheck() implements Check {
    private static final Pattern STATES_A_CAUSE = Pattern.compile("(?i)\\b(the (root )?cause (is|was)|"
            + "(is|was) caused by|it'?s because|the problem is|this is due to|the culprit is)\\b");

    @Override
    public String describe() {
        return "states no cause as fact";
    }

    @Override
    public CheckResult check(BotMessage message) {
        return check(message, List.of());
    }

    /** Quoting a human's hypothesis back is not stating it. */
    @Override
    public CheckResult check(BotMessage message, List<String> humanSaid) {
        Matcher m = STATES_A_CAUSE.matcher(Echoes.ownWords(message.text(), humanSaid));
        return m.find() ? CheckResult.fail(describe(), "says \"" + m.group() + "\": " + Excerpt.of(message.text()))
                : CheckResult.pass(describe());
    }
}
