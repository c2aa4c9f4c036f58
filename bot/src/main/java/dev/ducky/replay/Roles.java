package dev.ducky.replay;

import dev.ducky.evals.replay.Speaker;

/** How a replayed speaker shows up in Ducky: as a Slack-like user id. */
final class Roles {
    private Roles() {
    }

    /** A Slack-like user id per speaker, e.g. {@code U0RESPONDER}. */
    static String userId(Speaker speaker) {
        return "U0" + speaker.name();
    }
}
