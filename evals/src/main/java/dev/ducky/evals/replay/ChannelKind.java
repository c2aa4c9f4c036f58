package dev.ducky.evals.replay;

/** Where a replayed turn is said. */
public enum ChannelKind {
    INCIDENT, SUPPORT
}
