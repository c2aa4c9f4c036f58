package dev.ducky.knowledge.runbook;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a runbook section is for, guessed from its heading; lets the coach pick e.g. the mitigation steps. */
public enum SectionRole {
    MEANING("meaning|symptoms?|overview|description|summary"),
    IMPACT("impacts?|impacted"),
    DIAGNOSIS("diagnos\\w*|investigat\\w*|troubleshoot\\w*|debug\\w*"),
    MITIGATION("mitigat\\w*|remediat\\w*|resolution|resolve|fix|fixes|fixing|workarounds?|rollbacks?|roll back"),
    ESCALATION("escalat\\w*|contacts?|owners?"),
    OTHER(null);

    // Whole words only: "fix" must not match "fixture", nor "resolve" a DNS "resolver".
    private final Pattern words;

    SectionRole(String words) {
        this.words = words == null ? null : Pattern.compile("\\b(?:" + words + ")\\b");
    }

    /** The role named by the earliest telling word of {@code heading}, or {@link #OTHER}. */
    public static SectionRole fromHeading(String heading) {
        String text = heading.toLowerCase(Locale.ROOT);
        SectionRole best = OTHER;
        int bestStart = Integer.MAX_VALUE;
        for (SectionRole role : values()) {
            if (role.words != null) {
                Matcher match = role.words.matcher(text);
                if (match.find() && match.start() < bestStart) {
                    best = role;
                    bestStart = match.start();
                }
            }
        }
        return best;
    }
}
