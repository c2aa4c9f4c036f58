package dev.ducky.evals.score;

import dev.ducky.evals.replay.ChannelKind;
import java.util.List;

/**
 * What a scenario expects after one turn: one message of Ducky's meeting every check (or, with
 * {@code silence}, no message at all), optionally in a given channel.
 *
 * @param line    where it is written in the scenario file
 * @param channel the channel the message is expected in; null for any
 * @param silence whether Ducky is expected to post nothing (in that channel)
 * @param checks  what the message must meet
 * @param judge   free-form conditions for a judge model, when one is configured
 */
public record Expectation(int line, ChannelKind channel, boolean silence, List<Check> checks, List<String> judge) {
    public Expectation {
        checks = List.copyOf(checks);
        judge = List.copyOf(judge);
        if (silence && (!checks.isEmpty() || !judge.isEmpty())) {
            throw new IllegalArgumentException("silence expects no message, so it takes no other check");
        }
    }

    String where() {
        return channel == null ? "" : " in the " + channel.label() + " channel";
    }
}
