package dev.ducky.evals.score;

/** How one expectation came out. */
public enum Outcome {
    PASS, FAIL,
    /** A condition for a judge model, and no judge is configured: reported, not counted. */
    NOT_JUDGED
}
