package dev.ducky.evals.score;

import java.util.List;

/**
 * A judge model scoring a free-form condition on a reply ("asks what the responder already checked"). It
 * only ever scores expectations; invariants are decided by code.
 */
public interface Judge {
    /**
     * @param condition  what the scenario's author expects
     * @param transcript the conversation so far, one line per message, ending with Ducky's reply
     * @return whether the reply meets the condition, with the judge's reason
     */
    Verdict judge(String condition, List<String> transcript);

    /** A judge's answer. */
    record Verdict(boolean met, String reason) {
    }
}
