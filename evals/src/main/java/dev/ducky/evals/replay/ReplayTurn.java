package dev.ducky.evals.replay;

import java.util.Objects;

/**
 * One human message of a replayed incident.
 *
 * @param as        who says it
 * @param channel   where it is said
 * @param text      what is said
 * @param addressed whether it is addressed to Ducky (a mention, or an answer in a thread where Ducky asked)
 */
public record ReplayTurn(Speaker as, ChannelKind channel, String text, boolean addressed) {
    public ReplayTurn {
        Objects.requireNonNull(as, "as");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
    }
}
