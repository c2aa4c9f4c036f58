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

    // Things responders do to a system, said as happening now ("restarting the pods now").
    private static final String ACTION_NOW = "(restarting|rolling|reverting|bumping|killing|deleting|draining|cordoning"
            + "|switching|shifting|moving|taking|doing|re-?running|disabling|enabling|failing over|scaling|pausing"
            + "|purging|flushing|clearing|rotating|pinning|raising|lowering|redeploying|deploying|rebooting|bouncing"
            + "|upgrading|downgrading|patching|applying|pushing|kicking|paging|silencing|muting|freezing|turning"
            + "|flipping|grabbing|checking|looking|trying|re-?warming|warming|tainting|increasing|decreasing|renewing"
            + "|reissuing|recreating|rebuilding|evicting|throttling|promoting|resizing|reindexing|resetting|rerouting"
            + "|adding|removing|cutting over|tailing|pulling|bisecting|isolating)\\b";

    private static final List<Cue> CUES = List.of(
            // Asking for the answer outright: the ladder starts here.
            cue(Intent.ASK_ANSWER, 1.3, "\\bjust (tell|give|show|point) me\\b|\\bskip the (questions|quiz|hints)\\b"
                    + "|\\bwhat('?s| is) the (root )?cause\\b|\\bwhat('?s| is) the fix\\b|\\bjust answer\\b"
                    + "|\\bstop asking\\b|\\b(give me|i want) the answer\\b|"
                    + onOneLine("\\bwhat('?s| is) wrong\\b", "\\?")
                    + "|\\btell me what to do\\b|\\btl;?dr\\b|\\byes or no\\b|\\b(don'?t|dont) want hints\\b"
                    + "|\\bwhat (fixes|broke|caused)\\b|" + onOneLine("\\bwhy the \\w+\\b", "$")
                    + "|\\bpoint me (at|to) the fix\\b|\\b(don'?t|stop|no) (quiz|coach)\\w*|\\benough questions\\b"
                    + "|\\bno (more )?(hints|questions)\\b|\\bdon'?t need (coaching|hints|questions)\\b|\\bwhat do i run\\b"),
            cue(Intent.ASK_ANSWER, 0.6, "\\bwhat (do|should) (i|we) do\\b|\\bhow do (i|we) fix\\b|"
                    + onOneLine("\\b(quick(ly)?|fast)\\b", "\\?")),
            // Stuck without a specific question.
            cue(Intent.STUCK, 1.3, "\\b(i'?m|im|i am|we'?re|totally|completely) (so )?(stuck|stuk|lost)\\b"
                    + "|\\bno (idea|clue) (what|where|how)\\b|\\bdon'?t know (what|where) to\\b|\\bidk (what|where|which)\\b"
                    + "|^\\W*(help|halp|sos)\\b\\W*(:\\w+:\\W*)*$|\\bpls help\\b|\\bplease help\\b|\\bgoing in circles\\b"
                    + "|\\bout of ideas\\b|\\bi'?m confused\\b|\\bwhere (do|should) i (even )?start\\b|^[?!\\s]+$"
                    + "|\\b(got|found) nothing\\b|\\bbeen at (this|it) \\d+|\\bnothing makes sense\\b"
                    + "|^\\W*stuck\\b|\\bbrain('?s| is) (fried|dead|mush)\\b|\\bdrawing a blank\\b"),
            // The incident process.
            cue(Intent.ASK_PROCESS, 1.2, onOneLine("\\b(declare|declaring)\\b", "\\b(incident|sev)")
                    + "|" + onOneLine("\\bsev ?[1-4]\\b", "\\?") + "|\\bseverity\\b|\\bincident (commander|lead)\\b"
                    + "|" + onOneLine("\\bstatus ?page\\b", "\\?") + "|\\bwho (do|should) (i|we) "
                    + "(notify|page|call|tell|escalate)|\\bhand-?off\\b|\\bhand over\\b|\\bpost-?(incident|mortem)\\b"
                    + "|\\bcomms lead\\b|\\bcommunications lead\\b|\\bscribe\\b|\\bprocess for\\b|\\bwho owns\\b"
                    + "|\\bwho'?s (the )?ic\\b|\\bwho('?s| is) (meant|supposed) to\\b|\\bschedul\\w* the (retro|review)\\b"
                    + "|\\bwho('?s| is)? (takes?|taking|doing|running|handling|on) (the )?(notes|comms|scribe)\\b"),
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
            // Documenting, said as where it should go: "add to the timeline: …", "jot this in the doc".
            cue(Intent.ASK_DOCUMENT, 1.3, onOneLine("\\b(jot|note|log|record|write|add|put|get|capture|save|keep|ends? up"
                    + "|goes|go)\\b", "\\b(in|into|to|on) (the )?(timeline|notes|retro|runbook|post-?mortem|incident doc|doc"
                    + "|pir|review)\\b")),
            cue(Intent.ASK_DOCUMENT, 1.3, "^\\W*(pls |please )?(jot|note|log(?! ?in\\b)|record|add|put)\\b( this| that| it)?"
                    + "( down)?\\s*+(:|that\\b|down\\b|in\\b|to\\b|into\\b)"),
            // Support's questions about customers.
            cue(Intent.SUPPORT_QUESTION, 1.3, "\\b(tell|say to|reply to|respond to|update|advise) (the )?(customers?|users?"
                    + "|merchants?|ppl|people)\\b|\\bcustomers? (are|keep) (asking|complaining|reporting|calling)"
                    + "|\\bcustomer data\\b|" + onOneLine("\\b(eta|when will)", "\\b(back|fixed|resolved)\\b")
                    + "|\\bcan customers\\b"
                    + "|\\bare customers\\b|\\b(support|zendesk) tickets?\\b|\\bcustomer-?friendly\\b|\\bmacro\\b"
                    + "|\\bany eta\\b|\\bcanned (response|reply|answer)\\b|\\brefund\\w*"),
            // Plans: what someone is about to do, or doing right now.
            cue(Intent.STATE_PLAN, 1.1, "\\b(i'?m|im|i am|we'?re|we are) (going to|gonna|about to)\\b|\\bi'?ll\\b"
                    + "|\\bi will\\b|\\bwill (run|check|try|roll|restart|look|scale|page|flip)\\b|\\blet me\\b|\\blemme\\b"
                    + "|\\blet'?s\\b(?! get this)|\\bplan(ning)? (is|to)\\b|\\bnext,? i\\b|\\bfirst i\\b|\\bgonna\\b"
                    + "|\\bthen i'?ll\\b"),
            // Plans in the shapes people write them: a heading, "first … then …", numbered steps, an intention.
            cue(Intent.STATE_PLAN, 1.1, "^\\W*(the |my |our )?(plan|steps|proposal|next steps?|next up)\\b\\s*+(is\\b|:|-)"
                    + "|\\bhere'?s (what (i'?m|we'?re) doing|the plan)\\b|\\bnext step is\\b|\\bwe'?ll\\b"
                    + "|^(?![^?]*+\\?)\\W*(ok,?\\s++|so,?\\s++)?(going to|about to|want to try|wanna try|will)\\b|"
                    + onOneLine("\\bfirst\\b", "\\bthen\\b") + "|" + onOneLine("(?:^|\\s)[1a][.)]\\s", "\\s[2b][.)]\\s")),
            // Doing it right now: an action in the present tense, at the start or after "I'm" / "we're".
            cue(Intent.STATE_PLAN, 1.1, "^(?![^?]*+\\?)[^\\w@]*+(ok,?\\s++|so,?\\s++|on it,?\\s++|now\\s++|@\\S++\\s++)?" + ACTION_NOW
                    + "|\\b(i'?m|im|i am|we'?re|we are) " + ACTION_NOW),
            // Hypotheses.
            cue(Intent.HYPOTHESIS, 1.0, "\\b(i think|i suspect|i bet|my guess|probably|prob|maybe it'?s|might be|could be|"
                    + "likely|suspect|hypothesis|my theory|i reckon|smells like|looks like it'?s|feels like|gut says|"
                    + "my money'?s on|guessing|what if|would explain|'d explain|would make sense|makes sense if|hunch|wonder if)\\b"
                    + "|\\bcould \\w+ be\\b"),
            // Findings: what someone observed or did, often with a measurement.
            cue(Intent.REPORT_FINDING, 1.1, "^\\W*(i see|i'?m seeing|seeing|i found|found|noticed|confirmed|"
                    + "(the )?(logs|graphs?|dashboard|metrics?) (show|say)s?)\\b|\\b(back to normal|recovered)\\b"
                    + "|\\b(errors?|alerts?|5xx|500s|timeouts|backlog|lag|latency|the (problem|issue)) (is|are|has|have)"
                    + " (gone|cleared|stopped|resolved|fixed)\\b"),
            cue(Intent.REPORT_FINDING, 0.9, "\\b(i see|seeing|i found|found|noticed|confirmed|it shows|graph shows|"
                    + "logs show|dropped(?! out| off)|spiked|went (up|down)|back to normal|recovered|draining|is down to|"
                    + "restarted|rolled back|reverted|scaled|flipped|disabled|enabled|fyi|full of)\\b"
                    + "|\\b\\d+/\\d+\\b|\\b\\d+(\\.\\d+)? ?%|\\b(was|ran|started|happened) (at|yesterday|since)\\b"),
            // Findings as bare observations: what a command, a log or a graph gave, said as a statement.
            cue(Intent.REPORT_FINDING, 1.2, "^(?![^?]*+\\?)(?:[^`]*+`[^`]++`[^`]*?\\b(gives?|returns?|says|shows?|prints"
                    + "|reports|lists|has)\\b|[^\\w.-]*+[\\w.-]++(\\s[\\w.-]++)?\\s(logs?|output|events?)\\s*+:)"),
            cue(Intent.REPORT_FINDING, 1.1, "^(?![^?]*+\\?)[\\s\\S]*?(?:" + onOneLine("\\b(dig|curl|kubectl|openssl|nslookup|ping"
                    + "|traceroute|df|top|psql|redis-cli|logs?|graphs?|dashboards?|metrics|panel|portal|argo|trace)\\b",
                    "\\b(gives?|returns?|says|shows?|takes|reports|lists)\\b") + "|"
                    + onOneLine("\\b(start(ed|s)?|began|begin|kicked off|appeared|jumped|spiked|went (up|down))\\b",
                    "\\b(\\d{1,2}:\\d{2}|right (after|when|then|before)|same (minute|time)|deploy|release)\\b")
                    + "|\\bwent from\\b|\\d[\\w.%]*+\\s*+(->|→)\\s*+\\d"
                    + "|\\b(all|only) (on|from|in|come from|coming from|hitting)\\b|\\bonly [\\w-]++ (is|are) affected\\b"
                    + "|\\b(looks?|is|are) (clean|fine|normal|green|healthy) (from|on|here|in)\\b"
                    + "|\\b(the )?(others?|rest) (are|look|is|sit)\\b|^\\W*(checked|looked at|verified)\\b"
                    + "|\\bno (deploys?|changes?|releases?) (since|in)\\b|\\btakes? \\d[\\d.]*+ ?(s|ms|sec|seconds|min)\\b"
                    + "|\\b(had|was) \\d[\\w.%]*+ (before|earlier|yesterday)\\b)"),
            cue(Intent.REPORT_FINDING, 0.7, "^(?![^?]*+\\?)[^?]*?(?<!\\b(that|which|gut) )\\b(gives|returns|says|shows|reports)\\b"),
            // Chatter: coordination and small talk, not for Ducky.
            cue(Intent.CHATTER, 1.3, "^\\W*(thanks|thank you|thx|ty|ok|okay|k|kk|lol|lmao|haha|\\+1|brb|back|morning|gm|gn|"
                    + "hi|hello|hey|np|nice|cool|great|ack|on it|same|yep|nope|omw|lunch\\??)\\b" + NOTHING_BUT_A_MENTION
                    + "|\\b(lunch|coffee|pizza|dinner|huddle|joining the (bridge|call)|who'?s on the (call|bridge)|brb|afk"
                    + "|vpn|ignore that|meant for|wrong (chat|channel)|bridge link|zoom link|u around|you around)\\b"
                    + "|^[^\\p{L}\\p{N}]+$|^(\\s*+:[\\w+-]++:)++\\s*+$|\\b(heading (home|out|off)|signing off|logging off"
                    + "|has it from here|beers?)\\b|\\b(my|anyone else'?s) (slack|zoom|wifi|internet|laptop)\\b"),
            // Symptoms: what users see, and a service said to be slow or crashing.
            cue(Intent.DESCRIBE_SYMPTOM, 1.0, "\\b(users|customers|people|ppl|folks)( in \\w+)? (are |keep )?(seeing|getting"
                    + "|hitting)\\b|\\b(is|are) (super|really|very|so|extremely|crazy) (slow|laggy|flaky)\\b"
                    + "|\\b(is|are|keeps?) crashloop\\w*"),
            // Symptoms: something broken, an alert name, an error.
            cue(Intent.DESCRIBE_SYMPTOM, 0.6, "\\b(is|are|keeps?|keep) (down|failing|slow|erroring|throwing|returning|"
                    + "restarting|crashing|timing out|stuck|broken|growing|climbing|filling up|piling up|backing up|dying)\\b|\\b(5xx|500s?|502s?|503s?|errors?|timeouts?|"
                    + "alert|firing|paged|crashloop\\w*|oom\\w*)\\b|(?-i:\\b[A-Z][a-z]+[A-Z]\\w+\\b)"
                    + "|\\b(not (showing|loading|working)|0 results|returns? nothing|empty|declin\\w+|can'?t (log ?in|pay"
                    + "|check ?out|buy))\\b"));

    // How a fix went ("rolled back, errors gone") is a finding, whatever action words it shares with a plan.
    private static final double OUTCOME_WEIGHT = 1.3;

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
        if (Outcome.reported(text)) {
            scores.merge(Intent.REPORT_FINDING, OUTCOME_WEIGHT, Double::sum);
        }
        return scores;
    }
}
