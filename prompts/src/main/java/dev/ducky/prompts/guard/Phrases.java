package dev.ducky.prompts.guard;

import java.util.regex.Pattern;

/**
 * The wordings that break the rules, as the guard looks for them in the model's own words (already lower
 * case, see {@link Wording#normalize}). Each pattern errs towards catching: a false alarm costs a stiffer
 * template, a miss costs a broken rule.
 */
final class Phrases {
    private static final String ACTS = "(?:run|restart|roll|fix|execute|check|query|look|investigate|scale|deploy|apply"
            + "|do|handle|dig|revert|flush|delete|drain|trigger|kick|take care)";

    /** Ducky acting on the systems: "i ran", "i've checked", "i can see in the logs". Reading the runbook is fine. */
    static final Pattern CLAIMS_TO_HAVE_ACTED = Pattern.compile(
            "\\bi(?:'ve| have)?\\s+(?:just\\s+|already\\s+|also\\s+|went ahead and\\s+)?(?:ran|run|executed|checked"
                    + "|queried|restarted|rolled\\s+back|fixed|deployed|scaled|verified|confirmed|investigated|pulled"
                    + "|looked\\s+(?:at|into)|dug\\s+into|grepped|applied|reverted|flushed|drained|paged|tested)\\b"
                    + "(?!\\s+(?:the\\s+|our\\s+|your\\s+)?(?:runbooks?|process|notes|guide|docs|documentation)\\b)"
                    + "|\\bi\\s+went\\s+ahead\\b"
                    + "|\\bi\\s+(?:can\\s+)?see\\s+(?:that\\s+|in\\s+|on\\s+|from\\s+)?(?:the\\s+)?(?:logs?|dashboards?|metrics?"
                    + "|graphs?|query|pods?|error\\s+rate)\\b");

    static final Pattern SAYS_THEY_ARE_WRONG = Pattern.compile(
            "\\byou(?:'re|\\s+are)\\s+(?:wrong|mistaken|incorrect|confused)\\b"
                    + "|\\b(?:that|this)(?:'s|\\s+is)\\s+(?:wrong|incorrect|not\\s+(?:right|correct|true)|a\\s+mistake"
                    + "|a\\s+bad\\s+idea)\\b"
                    + "|\\byour\\s+(?:plan|hypothesis|idea|theory|assumption|reading|approach)\\s+is\\s+(?:wrong"
                    + "|incorrect|flawed|mistaken|a\\s+mistake)\\b"
                    // A line's indent is read within the line, so blank lines before a "no" are read once.
                    + "|(?m:^)[^\\S\\n\\r]*+no\\s*[,.!—-]"
                    + "|\\bactually,?\\s+(?:the\\s+runbook|you|it)\\b|\\bdon't\\s+do\\s+that\\b"
                    + "|\\bthat\\s+won't\\s+work\\b|\\bthat's\\s+not\\s+how\\b|\\byou\\s+(?:should\\s+not|shouldn't"
                    + "|must\\s+not|mustn't)\\b");

    static final Pattern OFFERS_TO_DO_IT = Pattern.compile(
            "\\b(?:want|shall|should|would\\s+you\\s+like|do\\s+you\\s+want)\\s+me\\s+to\\s+" + ACTS + "\\b"
                    + "|\\blet\\s+me\\s+" + ACTS + "\\b"
                    + "|\\bi(?:'ll|\\s+will|\\s+can|\\s+could|'d\\s+be\\s+happy\\s+to)\\s+(?:go\\s+ahead\\s+and\\s+)?"
                    + "(?:run|restart|roll|fix|execute|check|query|look\\s+into|investigate|scale|deploy|apply"
                    + "|do\\s+(?:it|that|this)|handle|revert|flush|delete|drain|trigger|take\\s+care)\\b"
                    + "|\\b(?:click|press|hit|tap)\\s+(?:on\\s+)?(?:the\\s+)?\\W?(?:run|execute|fix|apply|restart|roll\\s*back"
                    + "|continue|next\\s+hint)\\b"
                    + "|\\[(?:run|execute|fix|apply|continue|next\\s+hint)[^\\]]*]"
                    + "|\\b(?:run|fix|restart|check|handle|execute|roll(?:ed)?\\s+back)\\w*\\s+(?:[\\w-]+\\s+){0,3}"
                    + "for\\s+you\\b");

    /** Asserted (not asked): a status, an ETA, a resolution, what to tell customers. */
    static final Pattern UNCONFIRMED_STATUS = Pattern.compile(
            "\\b(?:is|are|has\\s+been|have\\s+been|was|were|'s|'re)\\s+(?:now\\s+|fully\\s+|already\\s+)?(?:resolved"
                    + "|fixed|mitigated|back\\s+to\\s+normal|recovered|restored|under\\s+control|back\\s+up"
                    + "|stable\\s+again)\\b"
                    + "|\\ball\\s+clear\\b|\\beta\\b|\\b(?:within|in)\\s+(?:the\\s+next\\s+)?(?:\\d+|a\\s+few"
                    + "|a\\s+couple\\s+of)\\s*(?:min(?:ute)?s?|hours?|h)\\b|\\bwill\\s+be\\s+(?:fixed|resolved|back|restored"
                    + "|up)\\b|\\btell\\s+(?:the\\s+)?customers\\b|\\bno\\s+(?:customer\\s+)?impact\\b"
                    + "|\\bincident\\s+(?:is\\s+)?(?:closed|over|resolved)\\b");

    /** Asserted: a cause. */
    static final Pattern STATES_A_CAUSE = Pattern.compile(
            "\\bthe\\s+(?:root\\s+)?cause\\s+(?:is|was)\\b|\\b(?:is|was|are|were)\\s+caused\\s+by\\b"
                    + "|\\b(?:it|this|that)(?:'s|\\s+is|\\s+was)\\s+(?:because|due\\s+to)\\b"
                    + "|\\bthe\\s+(?:problem|issue|culprit|bug)\\s+is(?=\\s+\\w)|\\bthis\\s+is\\s+definitely\\b");

    /** Answering, hinting or steering — in any sentence, leading questions included. */
    static final Pattern ADVICE = Pattern.compile(
            "\\byou\\s+(?:should|need\\s+to|must|have\\s+to|'ll\\s+want\\s+to)\\b|\\btry\\s+(?:to\\s+)?\\w+ing\\b"
                    + "|\\b(?:the|a)\\s+(?:fix|solution|workaround|answer)\\s+(?:is|would\\s+be)\\b"
                    + "|\\bto\\s+fix\\s+(?:it|this|that)\\b|\\bi(?:'d|\\s+would)\\s+(?:suggest|recommend|start|check|look"
                    + "|roll|restart)\\b|\\bmy\\s+(?:suggestion|recommendation|advice)\\b|\\bstart\\s+by\\b"
                    + "|\\b(?:have|did)\\s+you\\s+(?:tried|considered|thought\\s+about)\\s+\\w+ing\\b"
                    + "|\\bthat\\s+should\\s+(?:fix|clear|sort|solve|resolve|help)\\b"
                    + "|\\b(?:have|did|could|can)\\s+you\\s+(?:check(?:ed)?|look(?:ed)?\\s+at|roll(?:ed)?\\s+back"
                    + "|restart(?:ed)?)\\s+the\\s+(?!runbook)\\w+|\\bthe\\s+runbook\\s+(?:says|suggests|recommends)\\b");

    /** Answering in a statement: a guess, or an instruction. */
    static final Pattern HEDGED_ANSWER = Pattern.compile(
            "\\bprobably\\b|\\blikely\\b|\\bmy\\s+guess\\b|(?:^|\\b(?:it|this)\\s+)(?:looks|sounds|seems)\\s+like\\b"
                    + "|^(?:check|look\\s+at|roll\\s+(?:it\\s+|that\\s+)?back|rollback|restart|scale|run|open|query|grep|inspect|verify"
                    + "|increase|decrease|disable|enable|flush|drain|revert|delete|kill|bump)\\b");

    private Phrases() {
    }
}
