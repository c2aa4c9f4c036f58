package dev.ducky.prompts.guard;

/** A rule of the design a phrased message broke. */
public enum Violation {
    /** The move was to ask, and the message answers, hints or suggests instead. */
    ANSWERS_WHEN_ASKING,
    /** It says Ducky ran, checked, looked at or fixed something. */
    CLAIMS_TO_HAVE_ACTED,
    /** It tells the human they are wrong instead of asking how things fit. */
    SAYS_THEY_ARE_WRONG,
    /** It offers to do the work for them, or points at a button that would. */
    OFFERS_TO_DO_IT,
    /** The move needs a question and the message asks none. */
    ASKS_NOTHING,
    /** It cites a runbook section that was not retrieved. */
    CITES_UNRETRIEVED,
    /** It asserts a status, an ETA or a resolution nobody confirmed. */
    UNCONFIRMED_STATUS,
    /** It states a cause as fact. */
    STATES_A_CAUSE,
    /** It contains something the redactor would remove. */
    LEAKS_REDACTED,
    /** It leaves out or alters text the move must show exactly (a query, a runbook step, the owner). */
    DROPS_EXACT_TEXT,
    /** It shows code or a command that nobody gave it. */
    INVENTS_CODE
}
