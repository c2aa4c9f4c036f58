package dev.ducky.prompts;

import java.util.Locale;

/**
 * What Ducky decided to do with a message. The decision is made in code; a template (or a model behind a
 * guard) only phrases it. Each move has an offline template named after it.
 */
public enum Move {
    // Explain
    /** Point to the runbook section that covers what they describe, and ask what they have checked. */
    POINT_TO_RUNBOOK(Stage.EXPLAIN, true),
    /** Pull up the step of the incident process they asked about, cited. */
    EXPLAIN_PROCESS_STEP(Stage.EXPLAIN, true),
    /** Their stated plan lacks a step the runbook or process puts first: ask about it. */
    SUGGEST_MISSING_STEP(Stage.EXPLAIN, true),
    /** A paging alert opened the incident: show the process's mitigate-first step and the runbook's. */
    SHOW_MITIGATION_FIRST(Stage.EXPLAIN, true),
    /** Second rung of "just tell me": say where the answer is. */
    LADDER_POINT(Stage.EXPLAIN, true),
    /** Third rung of "just tell me": show the cited runbook step itself. */
    LADDER_SHOW_STEP(Stage.EXPLAIN, true),
    /** A list of what Ducky does. */
    SHOW_HELP(Stage.EXPLAIN, false),

    // Demonstrate
    /**
     * A plain question turned into a checked query (or the runbook's, an alert rule's or a teammate's own), with
     * its explanation, lints and a link to run it; ask what they expect to see. Ducky never runs it.
     */
    SHOW_QUERY(Stage.DEMONSTRATE, true),
    /** Not sure which metric, label or service a query question means: ask instead of guessing. */
    CLARIFY_QUERY(Stage.DEMONSTRATE, true),
    /** "Can I see X?": the link to the right dashboard from the team's link catalog, not an answer. */
    SHOW_LINK(Stage.DEMONSTRATE, true),

    // Guide
    /** "I'm stuck" with no plan: ask what they are stuck on. */
    ASK_WHAT_STUCK_ON(Stage.GUIDE, true),
    /** Stuck with a stated plan: "you seem stuck on X — want to try Y?". */
    SUGGEST_FOR_STUCK(Stage.GUIDE, true),
    /** Nothing in the runbooks matched: ask what they are trying to accomplish. */
    ASK_WHAT_TRYING(Stage.GUIDE, true),
    /** What matched is too weak to cite (below the relevance floor): ask which service and what they see. */
    ASK_TO_NARROW(Stage.GUIDE, true),
    /** An empty mention: ask what they are working on. */
    ASK_FOR_QUESTION(Stage.GUIDE, true),
    /** First rung of "just tell me": ask for their plan or hypothesis. */
    ASK_FOR_PLAN(Stage.GUIDE, true),
    /** A plan with nothing missing: note it and ask how they will know a step worked. */
    PLAN_NOTED(Stage.GUIDE, true),
    /** Offer to ping the owner the runbook names. */
    OFFER_PING_OWNER(Stage.GUIDE, true),
    /** Someone pressed "ping owner": the owner is asked to join. */
    PING_SENT(Stage.GUIDE, false),
    /** What they said and what the runbook says do not fit: ask, don't correct. */
    ASK_ABOUT_INCONSISTENCY(Stage.GUIDE, true),
    /** An incident was opened. */
    INCIDENT_OPENED(Stage.GUIDE, true),
    /** The incident lead changed. */
    LEAD_SET(Stage.GUIDE, false),
    /** A command needs an open incident and there is none. */
    NO_INCIDENT(Stage.GUIDE, false),
    /** Ducky goes quiet in this channel. */
    MUTED(Stage.GUIDE, false),
    /** Ducky speaks again in this channel. */
    UNMUTED(Stage.GUIDE, false),
    /** A message failed every attempt: said once, where someone waits, without repeating the message. */
    COULD_NOT_HANDLE(Stage.GUIDE, false),

    // Enhance
    /** After a finding or a query: one incremental refinement. */
    SUGGEST_REFINEMENT(Stage.ENHANCE, true),
    /** "Should we document that?" */
    ASK_TO_DOCUMENT(Stage.ENHANCE, true),
    /** A note went into the scratchpad. */
    NOTE_TAKEN(Stage.ENHANCE, false),
    /** A hypothesis went into the scratchpad; ask what would confirm it. */
    HYPOTHESIS_TAKEN(Stage.ENHANCE, true),
    /** The incident is resolved; offer the learning material. */
    INCIDENT_RESOLVED(Stage.ENHANCE, false),
    /** Post-incident learning material from the scratchpad and timeline. */
    RETRO(Stage.ENHANCE, false),

    // Support
    /** Phase 1: a draft in the support thread, marked as the AI's guess, from confirmed facts and runbook impact. */
    SUPPORT_DRAFT(Stage.EXPLAIN, false),
    /** Phase 2: in the incident channel, what support asked and what Ducky told them; is it right? */
    SUPPORT_ASK_DEVS(Stage.GUIDE, true),
    /** Several incidents are open and the question names none: which one? */
    SUPPORT_WHICH_INCIDENT(Stage.GUIDE, true),
    /** Support asked, but no incident is open (or the named channel has none). */
    SUPPORT_NO_INCIDENT(Stage.GUIDE, false),
    /** A developer's reply put in customer and technical-partner words, with what is missing: confirm? */
    SUPPORT_PROPOSAL(Stage.GUIDE, true),
    /** The reply uses terms Ducky cannot put in customer words: what do they mean to a customer? */
    SUPPORT_ASK_MEANING(Stage.GUIDE, true),
    /** The draft was rejected: ask the developers for their own words. */
    SUPPORT_ASK_ANSWER(Stage.GUIDE, true),
    /** Support is told the draft was rejected and must not be used. */
    SUPPORT_DRAFT_WITHDRAWN(Stage.GUIDE, false),
    /** A confirmed answer, attributed and timestamped, in the support thread. */
    SUPPORT_ANSWER(Stage.EXPLAIN, false),
    /** A later confirmation replacing an earlier answer, with what changed. */
    SUPPORT_ANSWER_UPDATE(Stage.EXPLAIN, false),
    /** In the incident thread: the confirmed answer went to support. */
    SUPPORT_SENT(Stage.GUIDE, false),
    /** `status`: the latest confirmed customer-facing status of each incident and its age, never a draft. */
    SUPPORT_STATUS(Stage.EXPLAIN, false),
    /** No developer answered in time: one reminder in the incident thread. */
    SUPPORT_REMINDER(Stage.GUIDE, true),
    /** Still no answer after the reminder: the incident lead is mentioned. */
    SUPPORT_LEAD_NUDGE(Stage.GUIDE, true),
    /** Someone outside the incident channel tried to confirm, edit, reject or answer (only they see it). */
    SUPPORT_NOT_ALLOWED(Stage.GUIDE, false),
    /** A click on an answer already confirmed or replaced (only the clicker sees it). */
    SUPPORT_ALREADY_HANDLED(Stage.GUIDE, false);

    private final Stage stage;
    private final boolean asksQuestion;

    Move(Stage stage, boolean asksQuestion) {
        this.stage = stage;
        this.asksQuestion = asksQuestion;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether the message must ask the human something (their answer in the thread is then for Ducky). */
    public boolean asksQuestion() {
        return asksQuestion;
    }

    /**
     * Whether a language model may phrase the move: the moves that ask, except support's, whose drafts and
     * answers must reach developers and support word for word as they are confirmed.
     */
    public boolean modelPhrased() {
        return asksQuestion && !name().startsWith("SUPPORT_");
    }

    /** Resource name of the offline template, e.g. {@code point_to_runbook}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
