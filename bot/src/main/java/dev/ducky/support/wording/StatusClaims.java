package dev.ducky.support.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences that state a status, an ETA, a cause or a resolution. Only a developer may confirm those, so they
 * are left out of anything Ducky writes on its own (the draft), whatever a runbook or a message says.
 */
public final class StatusClaims {
    private static final Pattern CLAIM = Pattern.compile("(?i)\\b(resolved|fixed|back to normal|recovered|restored"
            + "|is over|all clear|working again|back up|mitigated|eta|estimated?|will be (back|fixed|resolved|restored"
            + "|working|up)|expected (to|by|back)|root cause|caused by|because|due to|the cause|tell (support|customers)"
            + "|within \\d+|in \\d+ (minutes|hours))\\b");

    private StatusClaims() {
    }

    public static boolean claims(String sentence) {
        return CLAIM.matcher(sentence).find();
    }

    /** The text's sentences that claim nothing of the kind (code blocks and list markers dropped). */
    public static String withoutClaims(String text) {
        String prose = text.replaceAll("(?s)```.*?```", " ");
        List<String> kept = new ArrayList<>();
        for (String s : prose.split("(?<=[.!?])\\s+|\\n+")) {
            String sentence = s.replaceAll("^\\s*(\\d+[.)]|[-*•])\\s+", "").strip();
            if (!sentence.isEmpty() && !claims(sentence)) {
                kept.add(sentence);
            }
        }
        return String.join(" ", kept);
    }
}
