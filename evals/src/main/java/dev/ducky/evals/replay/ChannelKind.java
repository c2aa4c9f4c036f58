package dev.ducky.evals.replay;

import java.util.Locale;

/** Where a replayed turn is said, and where Ducky's message went. */
public enum ChannelKind {
    INCIDENT, SUPPORT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
