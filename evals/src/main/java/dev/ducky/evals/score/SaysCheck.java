package dev.ducky.evals.score;

import dev.ducky.evals.replay.BotMessage;
import java.util.Locale;

/** The text contains (or, negated, does not contain) a phrase, ignoring case. */
public record SaysCheck(String phrase, boolean negated) implements Check {
    @Override
    public String describe() {
        return (negated ? "does not say \"" : "says \"") + phrase + "\"";
    }

    @Override
    public CheckResult check(BotMessage message) {
        boolean contains = message.text().toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
        return CheckResult.of(describe(), contains != negated, "text: " + Excerpt.of(message.text()));
    }
}
