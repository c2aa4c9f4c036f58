package dev.ducky.prompts;

import java.util.Locale;

/**
 * What Ducky decided to do with a message. The decision is made in code; a template (or, later, a
 * model behind a guard) only phrases it. Each move has an offline template named after it.
 */
public enum Move {
    /** Point to the runbook section that covers the question and ask what the responder has checked. */
    POINT_TO_RUNBOOK(Stage.EXPLAIN, true),
    /** Nothing in the runbooks matched: ask what they are trying to accomplish. */
    ASK_WHAT_TRYING(Stage.GUIDE, true),
    /** An empty mention: ask what they are working on. */
    ASK_FOR_QUESTION(Stage.GUIDE, true),
    /** List what Ducky does and how to talk to it. */
    SHOW_HELP(Stage.EXPLAIN, false);

    private final Stage stage;
    private final boolean asksQuestion;

    Move(Stage stage, boolean asksQuestion) {
        this.stage = stage;
        this.asksQuestion = asksQuestion;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether the message must end by asking the human something (a reply to it is then expected). */
    public boolean asksQuestion() {
        return asksQuestion;
    }

    /** Resource name of the offline template, e.g. {@code point_to_runbook}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
