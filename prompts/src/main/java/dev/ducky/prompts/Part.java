package dev.ducky.prompts;

import java.util.Locale;

/**
 * A piece of Ducky's wording that is not a message of its own: a line, heading, label or slot value that a
 * move's message, the edit form or App Home is built from. Like a move, each has a template (under
 * {@code templates/parts/}), loaded and checked at start, so every sentence a user reads comes from this module.
 */
public enum Part {
    // The incident session
    /** The title of a session nobody declared yet (it holds the conversation until someone says `start`). */
    UNTITLED_INCIDENT(Move.INCIDENT_OPENED),
    /** The lead of an incident an alert opened. */
    NO_LEAD_YET(Move.INCIDENT_OPENED),
    /** The finding an alert adds to the timeline (the retro lists it). */
    ALERT_FIRED(Move.RETRO),

    // The retro: its sections, and the questions and gaps it lists
    RETRO_DURATION(Move.RETRO),
    RETRO_TIMELINE(Move.RETRO),
    RETRO_NOTES(Move.RETRO),
    RETRO_QUESTIONS(Move.RETRO),
    RETRO_GAPS(Move.RETRO),
    /** A hypothesis becomes an open question for the review, not a conclusion. */
    RETRO_ASK_ABOUT_HYPOTHESIS(Move.RETRO),
    RETRO_ASK_ABOUT_ALERT(Move.RETRO),
    RETRO_ASK_ABOUT_RUNBOOK(Move.RETRO),
    RETRO_ASK_ABOUT_MITIGATION(Move.RETRO),
    /** Ducky had to supply a mitigation step the plan lacked. */
    RETRO_GAP_MISSING_STEP(Move.RETRO),
    /** Ducky found no runbook section for a question. */
    RETRO_GAP_NO_RUNBOOK(Move.RETRO),

    // One refinement after a finding: before the alert, by topic, else the same time yesterday
    REFINE_BEFORE_ALERT(Move.SUGGEST_REFINEMENT),
    REFINE_DEPLOYS(Move.SUGGEST_REFINEMENT),
    REFINE_ERRORS(Move.SUGGEST_REFINEMENT),
    REFINE_LATENCY(Move.SUGGEST_REFINEMENT),
    REFINE_MEMORY(Move.SUGGEST_REFINEMENT),
    REFINE_QUEUE(Move.SUGGEST_REFINEMENT),
    REFINE_LOGS(Move.SUGGEST_REFINEMENT),
    REFINE_CONNECTIONS(Move.SUGGEST_REFINEMENT),
    REFINE_YESTERDAY(Move.SUGGEST_REFINEMENT),

    // Query demonstrations
    /** Where the shown query came from, after "Here's that in PromQL". */
    QUERY_FROM_RUNBOOK(Move.SHOW_QUERY),
    QUERY_FROM_RUNBOOK_SECTION(Move.SHOW_QUERY),
    QUERY_FROM_ALERT_RULE(Move.SHOW_QUERY),
    QUERY_FROM_TEAM(Move.SHOW_QUERY),
    QUERY_LINK_BELOW(Move.SHOW_QUERY),
    QUERY_NO_LINK(Move.SHOW_QUERY),
    /** The label of the link that opens the query in the user's tool. */
    QUERY_LINK_LABEL(Move.SHOW_QUERY),
    /** The translator wrote nothing that checks out and has no question of its own. */
    QUERY_NOT_WRITTEN(Move.CLARIFY_QUERY),

    // Status and App Home
    /** Said by `status`, App Home and an `ask` alike. */
    NO_OPEN_INCIDENT(Move.SUPPORT_STATUS),
    /** `status #channel` for a channel with no incident, open or resolved. */
    STATUS_NO_INCIDENT_IN_CHANNEL(Move.SUPPORT_STATUS),
    STATUS_CONFIRMED(Move.SUPPORT_STATUS),
    STATUS_UNCONFIRMED(Move.SUPPORT_STATUS),
    STATUS_WAITING(Move.SUPPORT_STATUS),
    HOME_HEADING(Move.SUPPORT_STATUS),
    HOME_HINT(Move.SUPPORT_STATUS),

    // Support's draft, and the question to the developers
    /** A slash command leaves no visible question, so the draft repeats it. */
    DRAFT_YOU_ASKED(Move.SUPPORT_DRAFT),
    DRAFT_NOTHING_CONFIRMED(Move.SUPPORT_DRAFT),
    DRAFT_CONFIRMED_SO_FAR(Move.SUPPORT_DRAFT),
    DRAFT_NO_IMPACT(Move.SUPPORT_DRAFT),
    /** What the developers are told the draft said, when it could say nothing. */
    DRAFT_NOTHING_TOLD(Move.SUPPORT_ASK_DEVS),
    NO_OPEN_INCIDENT_IN_CHANNEL(Move.SUPPORT_NO_INCIDENT),

    // A developer's answer put in customer words, and the edit form that replaces it
    STILL_MISSING(Move.SUPPORT_PROPOSAL),
    MISSING_IMPACT(Move.SUPPORT_PROPOSAL),
    MISSING_ETA(Move.SUPPORT_PROPOSAL),
    MISSING_WORKAROUND(Move.SUPPORT_PROPOSAL),
    /** How to answer "what does X mean to a customer?". */
    MEANING_EXAMPLE(Move.SUPPORT_ASK_MEANING),
    REWRITE_NO_WORKAROUND(Move.SUPPORT_PROPOSAL),
    REWRITE_NO_ESTIMATE(Move.SUPPORT_PROPOSAL),
    REWRITE_NO_WORKAROUND_FOR_PARTNERS(Move.SUPPORT_PROPOSAL),
    REWRITE_NO_ETA_FOR_PARTNERS(Move.SUPPORT_PROPOSAL),
    /** A glossary term in text for customers, and what to say instead. */
    JARGON_TERM(Move.SUPPORT_PROPOSAL),
    /** A word customers would not know, which no glossary explains. */
    JARGON_WORD(Move.SUPPORT_PROPOSAL),
    EDIT_FORM_TITLE(Move.SUPPORT_PROPOSAL),
    /** Told only to the developer whose Edit click came too late for its modal to open (after a restart). */
    EDITOR_EXPIRED(Move.SUPPORT_PROPOSAL),
    EDIT_ANSWER_LABEL(Move.SUPPORT_PROPOSAL),
    EDIT_ANSWER_HINT(Move.SUPPORT_PROPOSAL),
    EDIT_PARTNER_LABEL(Move.SUPPORT_PROPOSAL),
    EDIT_NEXT_UPDATE_LABEL(Move.SUPPORT_PROPOSAL),
    EDIT_NEXT_UPDATE_HINT(Move.SUPPORT_PROPOSAL),
    EDIT_ANSWER_EMPTY(Move.SUPPORT_PROPOSAL),

    // Confirmed answers, and clicks on an answer already handled
    ANSWER_FOR_PARTNERS(Move.SUPPORT_ANSWER),
    CONFIRMED_AFTER_EDIT(Move.SUPPORT_ANSWER),
    CHANGE_ADDED(Move.SUPPORT_ANSWER_UPDATE),
    CHANGE_REMOVED(Move.SUPPORT_ANSWER_UPDATE),
    CHANGE_WORDING_ONLY(Move.SUPPORT_ANSWER_UPDATE),
    ALREADY_CONFIRMED(Move.SUPPORT_ALREADY_HANDLED),
    ANSWER_SUPERSEDED(Move.SUPPORT_ALREADY_HANDLED),

    // Reminders and refusals
    /** Whom the lead nudge addresses when nobody leads the incident. */
    NUDGE_WITHOUT_LEAD(Move.SUPPORT_LEAD_NUDGE),
    /** Who else may answer besides the incident channel's members. */
    NOT_ALLOWED_GROUP(Move.SUPPORT_NOT_ALLOWED);

    private final Move move;

    Part(Move move) {
        this.move = move;
    }

    /** The message (or, for App Home and the edit form, the screen next to it) the part is read in. */
    public Move move() {
        return move;
    }

    /** Resource name of the template, e.g. {@code parts/home_heading}. */
    public String templateName() {
        return "parts/" + name().toLowerCase(Locale.ROOT);
    }
}
