package dev.ducky.coach.understanding;

import java.util.regex.Pattern;

/**
 * A fix and how it went: "rolled back, error rate back under 1%", "that did it", "restart didn't help". Such a
 * message reports a finding; when the fix worked, it is the thing worth writing down.
 */
public final class Outcome {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // Something a responder did to the system, said as done.
    private static final Pattern ACTION_DONE = Pattern.compile("\\b(restarted|rolled (back|out)|rollback|reverted"
            + "|scaled|flushed|renewed|cordoned|drained|disabled|enabled|killed|raised|lowered|bumped|failed over"
            + "|failover|redeployed|deployed|purged|cleared|rotated|pinned|flipped|turned (off|on)|switched|moved|shifted"
            + "|deleted|removed|patched|applied|paused|reissued|rebooted|bounced|increased|decreased|upped|evicted"
            + "|tainted|blocked|throttled|promoted|resized|reset|rerouted|restart|revert)\\b", FLAGS);

    // Things getting better: errors gone, a figure back, service working again.
    private static final Pattern BETTER = Pattern.compile("\\b(that|this|it) (did it|worked|fixed it|helped|did the trick)"
            + "|\\bback (to|under|below|within|at|down|in)\\b|\\b(back to normal|recovered|works again|working again"
            + "|green again|through again|healthy (again|now)|draining|resolved|mitigated|no more|at zero|flat since"
            + "|(are|is|'re|'s) (gone|flowing|healthy|happy|green|stable|clean))\\b"
            + "|\\b(stopped|disappeared|subsided|cleared up|went away|down to \\d)", FLAGS);

    // A fix that did not take: what is left to find out is still open.
    // "if that doesn't help we revert" is a plan with a fallback, not an outcome.
    private static final Pattern NO_BETTER = Pattern.compile("(?<!\\bif (that|it|this) )\\b(didn'?t|did not|doesn'?t"
            + "|does not) (help|work|fix|change)"
            + "|\\bno (change|difference|effect|improvement)\\b|\\bstill (\\w+ing|broken|down|erroring|timeouts|there"
            + "|the same)\\b|\\bmade (it|things) worse\\b", FLAGS);

    // "that did it", "fixed, it was …", "mitigated: …": the verdict comes first, the action may go unsaid.
    private static final Pattern VERDICT = Pattern.compile("^\\W*(ok,?\\s+|so,?\\s+)?(that|this|it) (did it|worked"
            + "|fixed it|helped|did the trick)|^\\W*(ok,?\\s+)?(fixed|mitigated|resolved|recovered)\\b"
            + "|^\\W*(after|since) the (rollback|revert|restart|failover|fix)\\b", FLAGS);

    private static final Pattern QUESTION = Pattern.compile("\\?");

    // "I'll raise the timeout back to 1s" is a plan: what will be done has no outcome yet.
    private static final Pattern INTENTION = Pattern.compile("\\b(i'?ll|we'?ll|i will|we will|going to|gonna|about to"
            + "|let me|lemme|let'?s|want to|need to)\\b", FLAGS);

    private Outcome() {
    }

    /** Whether the message says how a fix went, for better or worse. */
    public static boolean reported(String text) {
        if (QUESTION.matcher(text).find() || INTENTION.matcher(text).find()) {
            return false;
        }
        boolean changed = BETTER.matcher(text).find() || NO_BETTER.matcher(text).find();
        return changed && ACTION_DONE.matcher(text).find() || VERDICT.matcher(text).find();
    }

    /** Whether the message says a fix worked: errors gone, figures back, nothing still wrong. */
    public static boolean worked(String text) {
        return reported(text) && (BETTER.matcher(text).find() || VERDICT.matcher(text).find())
                && !NO_BETTER.matcher(text).find();
    }
}
