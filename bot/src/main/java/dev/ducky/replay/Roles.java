package dev.ducky.replay;

import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Role;
import dev.ducky.evals.replay.Speaker;

/** How a replayed speaker and channel map onto the copilot's own types. */
final class Roles {
    private Roles() {
    }

    static Role of(Speaker speaker) {
        return switch (speaker) {
            case SUPPORT -> Role.SUPPORT;
            case DEV -> Role.DEV;
            case RESPONDER, ALERTING -> Role.RESPONDER;
        };
    }

    static ChannelKind channel(dev.ducky.evals.replay.ChannelKind kind) {
        return kind == dev.ducky.evals.replay.ChannelKind.SUPPORT ? ChannelKind.SUPPORT : ChannelKind.INCIDENT;
    }

    /** A Slack-like user id per speaker, e.g. {@code U0RESPONDER}. */
    static String userId(Speaker speaker) {
        return "U0" + speaker.name();
    }
}
