package dev.ducky.support;

import java.util.Set;

/** Where a support question stands after its latest step. */
public enum FlowState {
    /** Several incidents are open: support was asked which one. */
    CHOOSING_INCIDENT,
    /** No incident to ask about; nothing more will happen. */
    NO_INCIDENT,
    /** The draft went to support and the developers were asked to confirm, edit or reject it. */
    WAITING_FOR_DEVS,
    /** The draft was rejected: waiting for the developers' own words. */
    WAITING_FOR_ANSWER,
    /** A reply used terms Ducky cannot put in customer words: waiting for what they mean. */
    WAITING_FOR_MEANING,
    /** A rewritten answer was shown to the developers: waiting for confirm, edit or reject. */
    WAITING_FOR_CONFIRMATION,
    /** An answer a developer confirmed went to support; later replies may still update it. */
    CONFIRMED;

    /** States in which support is waiting on the developers (reminders apply). */
    public static final Set<FlowState> WAITING = Set.of(WAITING_FOR_DEVS, WAITING_FOR_ANSWER, WAITING_FOR_MEANING,
            WAITING_FOR_CONFIRMATION);

    /** States in which a Confirm may apply to the latest proposal. */
    public boolean confirmable() {
        return this == WAITING_FOR_DEVS || this == WAITING_FOR_CONFIRMATION;
    }
}
