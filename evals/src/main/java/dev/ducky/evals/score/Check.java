package dev.ducky.evals.score;

import dev.ducky.evals.replay.BotMessage;
import java.util.List;

/**
 * One thing a scenario expects of a message of Ducky's. Checks read only the message and its trace; what is
 * expected of every message whatever the scenario says is an invariant (see the rules package).
 */
public interface Check {
    /** What is expected, as a human reads it. */
    String describe();

    CheckResult check(BotMessage message);

    /** The check, knowing what humans said so far (for checks that judge only Ducky's own words). */
    default CheckResult check(BotMessage message, List<String> humanSaid) {
        return check(message);
    }
}
