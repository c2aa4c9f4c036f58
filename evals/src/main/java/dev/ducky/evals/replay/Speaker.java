package dev.ducky.evals.replay;

import java.util.Locale;

/** Who speaks in a replayed turn: a person in one of the three roles, or an alerting integration's bot. */
public enum Speaker {
    RESPONDER, SUPPORT, DEV, ALERTING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
