package dev.ducky.coach.understanding;

import dev.ducky.prompts.Intent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cue phrases that say what a human is doing. Each cue adds its weight to its intent; a weight of 1 or more
 * decides on its own. Cues are for what phrasing reliably signals; nearest examples handle the rest.
 */
final class IntentRules {
    private record Cue(Intent intent, double weight, Pattern pattern) {
    }

    private static Cue cue(Intent intent, double weight, String regex) {
        return new Cue(intent, weight, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /**
     * "first … then …" on one line, as {@code first.*then} means it, read once per line: from the line's start to
     * the first {@code first}, then to the first {@code then} after it, neither ever tried again. A line repeating
     * {@code first} a thousand times would otherwise be read to its end a thousand times. Only whether it is
     * found counts, and that is the same: if any {@code first} is followed by a {@code then}, the first one is.
     */
    private static String onOneLine(String... inOrder) {
        StringBuilder regex = new StringBuilder("(?m:^)");
        for (String part : inOrder) {
            regex.append("(?>.*?").append(part).append(')');
        }
        return regex.toString();
    }

    // After a chatter word, nothing but symbols, or symbols and one @mention ([^a-z0-9]*(@\S+)?\W*$ read once):
    // the mention's "@" sits in the last space-free stretch before the first letter, and the mention runs on.
    private static final String NOTHING_BUT_A_MENTION = "(?:[^a-z0-9]*+$|(?:[^a-z0-9]*\\s)?[^a-z0-9\\s@]*+@"
            + "[^a-z0-9\\s]*+[a-z0-9]\\S*+\\W*+$)";

    private static final List<Cue> CUES = List.of(
            // Asking for the answer outright: the ladder starts here.
            cue(Intent.ASK_ANSWER, 1.3, "\\bjust (tell|give|show|point) me\\b|\\bskip the (questions|quiz|hints)\\b"
                    + "|\\bwhat('?s| is) the (root )?cause\\b|\\bwhat('?s| is) the fix\\b|\\bjust answer\\b"
                    + "|\\bstop asking\\b|\\b(give me|i want) the answer\\b|"
                    + onOneLine("\\bwhat('?s| is) wrong\\b", "\\?")
                    + "|\\btell me what to do\\b|\\btl;?dr\\b|\\byes or no\\b|\\b(don'?t|dont) want hints\\b"
                    + "|\\bwhat (fixes|broke|caused)\\b|" + onOneLine("\\bwhy the \\w+\\b", "$")
                    + "|\\bpoint me (at|to) the fix\\b"),
            cue(Intent.ASK_ANSWER, 0.6, "\\bwhat (do|should) (i|we) do\\b|\\bhow do (i|we) fix\\b|"
                    + onOneLine("\\b(quick(ly)?|fast)\\b", "\\?")),
            // Stuck without a specific question.
            cue(Intent.STUCK, 1.3, "\\b(i'?m|im|i am|we'?re|totally|completely) (so )?(stuck|stuk|lost)\\b"
                    + "|\\bno (idea|clue) (what|where|how)\\b|\\bdon'?t know (what|where) to\\b|\\bidk (what|where|which)\\b"
                    + "|^\\W*(help|halp|sos)\\b\\W*(:\\w+:\\W*)*$|\\bpls help\\b|\\bplease help\\b|\\bgoing in circles\\b"
                    + "|\\bout of ideas\\b|\\bi'?m confused\\b|\\bwhere (do|should) i (even )?start\\b|^[?!\\s]+$"
                    + "|\\b(got|found) nothing\\b|\\bbeen at (this|it) \\d+|\\bnothing makes sense\\b"),
            // The incident process.
            cue(Intent.ASK_PROCESS, 1.2, onOneLine("\\b(declare|declaring)\\b", "\\b(incident|sev)")
                    + "|" + onOneLine("\\bsev ?[1-4]\\b", "\\?") + "|\\bseverity\\b|\\bincident (commander|lead)\\b"
                    + "|" + onOneLine("\\bstatus ?page\\b", "\\?") + "|\\bwho (do|should) (i|we) "
                    + "(notify|page|call|tell|escalate)|\\bhand-?off\\b|\\bhand over\\b|\\bpost-?(incident|mortem)\\b"
                    + "|\\bcomms lead\\b|\\bcommunications lead\\b|\\bscribe\\b|\\bprocess for\\b|\\bwho owns\\b"
                    + "|\\bwho'?s (the )?ic\\b|\\bwho('?s| is) (meant|supposed) to\\b|\\bschedul\\w* the (retro|review)\\b"),
            // Asking for a query or a view of data.
            cue(Intent.ASK_QUERY, 1.2, onOneLine("\\b(promql|logql|query|queries)\\b", "\\?")
                    + "|\\bhow (do|can) (i|we) (see|graph|plot|"
                    + "chart|query|find|check|look at|get)\\b|\\bshow me\\b|\\bcan (i|we) see\\b|\\b(graph|dashboard|panel) "
                    + "(for|of)\\b|\\bwrite (me )?a query\\b|\\bquery (for|to)\\b|\\b(give me|gimme) (a|an|the) "
                    + "(promql|logql|query)\\b|\\blink to the \\S+ dashboard\\b|"
                    + onOneLine("\\bcompare\\b", "\\bvs\\.?\\b")),
            cue(Intent.ASK_QUERY, 0.5,
                    onOneLine("\\b(error rate|p99|p95|latency|logs?)\\b", "\\b(for|of|per)\\b", "\\?")),
            // Documenting.
            cue(Intent.ASK_DOCUMENT, 1.3, "\\b(document|write (this|that|it) (down|up)|writing (this|that|it )?up"
                    + "|note (this|that)|(add|get|put) (this|that|it) (in|into|to) the (runbook|notes|retro|doc)"
                    + "|for the (retro|review|post-?mortem)|update the runbook|remember this|make a note"
                    + "|capture (this|that|the)|action item|so it does?n'?t get lost|for next time)\\b"),
            // Support's questions about customers.
            cue(Intent.SUPPORT_QUESTION, 1.3, "\\b(tell|say to|reply to|respond to|update|advise) (the )?(customers?|users?"
                    + "|merchants?|ppl|people)\\b|\\bcustomers? (are|keep) (asking|complaining|reporting|calling)"
                    + "|\\bcustomer data\\b|" + onOneLine("\\b(eta|when will)", "\\b(back|fixed|resolved)\\b")
                    + "|\\bcan customers\\b"
                    + "|\\bare customers\\b|\\b(support|zendesk) tickets?\\b|\\bcustomer-?friendly\\b|\\bmacro\\b"),
            // Plans: what someone is about to do, or doing right now.
            cue(Intent.STATE_PLAN, 1.1, "\\b(i'?m|im|i am|we'?re|we are) (going to|gonna|about to)\\b|\\bi'?ll\\b"
                    + "|\\bi will\\b|\\bwill (run|check|try|roll|restart|look|scale|page|flip)\\b|\\blet me\\b|\\blemme\\b"
                    + "|\\blet'?s\\b(?! get this)|\\bplan(ning)? (is|to)\\b|\\bnext,? i\\b|\\bfirst i\\b|\\bgonna\\b"
                    + "|\\bthen i'?ll\\b|\\b(i'?m|im) (taking|checking|looking|grabbing|trying|restarting|scaling|rolling"
                    + "|turning|draining|bumping|flipping|reverting|failing)\\b|^(restarting|scaling|rolling|checking|looking"
                    + "|grabbing|turning|trying|draining|failing over|bumping|flipping|reverting|taking)\\b"),
            // Hypotheses.
            cue(Intent.HYPOTHESIS, 1.0, "\\b(i think|i suspect|i bet|my guess|probably|prob|maybe it'?s|might be|could be|"
                    + "likely|suspect|hypothesis|my theory|i reckon|smells like|looks like it'?s|feels like|gut says|"
                    + "my money'?s on|guessing|what if|would explain|'d explain)\\b|\\bcould \\w+ be\\b"),
            // Findings: what someone observed or did, often with a measurement.
            cue(Intent.REPORT_FINDING, 1.1, "^\\W*(i see|i'?m seeing|seeing|i found|found|noticed|confirmed|"
                    + "(the )?(logs|graphs?|dashboard|metrics?) (show|say)s?)\\b|\\b(back to normal|recovered)\\b"
                    + "|\\b(errors?|alerts?|5xx|500s|timeouts|backlog|lag|latency|the (problem|issue)) (is|are|has|have)"
                    + " (gone|cleared|stopped|resolved|fixed)\\b"),
            cue(Intent.REPORT_FINDING, 0.9, "\\b(i see|seeing|i found|found|noticed|confirmed|it shows|graph shows|"
                    + "logs show|dropped(?! out| off)|spiked|went (up|down)|back to normal|recovered|draining|is down to|"
                    + "restarted|rolled back|reverted|scaled|flipped|disabled|enabled|fyi|full of)\\b"
                    + "|\\b\\d+/\\d+\\b|\\b\\d+(\\.\\d+)? ?%|\\b(was|ran|started|happened) (at|yesterday|since)\\b"),
            // Chatter: coordination and small talk, not for Ducky.
            cue(Intent.CHATTER, 1.3, "^\\W*(thanks|thank you|thx|ty|ok|okay|k|kk|lol|lmao|haha|\\+1|brb|back|morning|gm|gn|"
                    + "hi|hello|hey|np|nice|cool|great|ack|on it|same|yep|nope|omw|lunch\\??)\\b" + NOTHING_BUT_A_MENTION
                    + "|\\b(lunch|coffee|pizza|dinner|huddle|joining the (bridge|call)|who'?s on the (call|bridge)|brb|afk"
                    + "|vpn|ignore that|meant for|wrong (chat|channel)|bridge link|zoom link|u around|you around)\\b"
                    + "|^[^\\p{L}\\p{N}]+$"),
            // Symptoms: something broken, an alert name, an error.
            cue(Intent.DESCRIBE_SYMPTOM, 0.6, "\\b(is|are|keeps?|keep) (down|failing|slow|erroring|throwing|returning|"
                    + "restarting|crashing|timing out|stuck|broken|growing|climbing|filling up|piling up|backing up|dying)\\b|\\b(5xx|500s?|502s?|503s?|errors?|timeouts?|"
                    + "alert|firing|paged|crashloop\\w*|oom\\w*)\\b|(?-i:\\b[A-Z][a-z]+[A-Z]\\w+\\b)"
                    + "|\\b(not (showing|loading|working)|0 results|returns? nothing|empty|declin\\w+|can'?t (log ?in|pay"
                    + "|check ?out|buy))\\b"));

    private IntentRules() {
    }

    /** Sum of cue weights per intent; empty when no cue matched. */
    static Map<Intent, Double> score(String text) {
        Map<Intent, Double> scores = new EnumMap<>(Intent.class);
        for (Cue cue : CUES) {
            if (cue.pattern().matcher(text).find()) {
                scores.merge(cue.intent(), cue.weight(), Double::sum);
            }
        }
        return scores;
    }
}
