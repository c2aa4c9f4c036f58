package dev.ducky.evals.rules;

/**
 * What every message of Ducky's must respect, whatever a scenario expects. Any violation fails the run
 * (DESIGN.md: the four interactions, two-phase support answers, the trace).
 * <p>
 * The rules and their {@link Violation}s are named here, below the scenarios, because a scenario can declare
 * a rule it is known to break; {@code evals.invariants} checks them on the exchanges of a scenario's turns.
 */
public enum Rule {
    NO_EXECUTION("never claims to have executed anything, and calls no query endpoint"),
    NO_AUTOPILOT_BUTTONS("offers no run / perform / continue / next-hint button"),
    SUPPORT_ONLY_CONFIRMED("posts nothing unconfirmed in a support channel unless visibly marked as a guess, "
            + "and never an unconfirmed status, ETA or resolution"),
    CITES_ONLY_RETRIEVED("cites only sections it retrieved"),
    ASKS_BEFORE_ANSWERING_STUCK("answers a bare \"I'm stuck\" with a question, not an answer, until it has asked"),
    SILENT_ON_CHATTER("does not reply to chatter"),
    ANSWERS_ONCE("answers a redelivered Slack event once"),
    CARRIES_TRACE("carries its trace: move, stage, channel, retrieved, cited, buttons and model always; query, "
            + "support and demonstration when they apply");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
