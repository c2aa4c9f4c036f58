package dev.ducky.evals.replay;

/** Who speaks in a replayed turn. */
public enum Speaker {
    RESPONDER, SUPPORT, DEV
}
