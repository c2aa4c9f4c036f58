package dev.ducky.coach;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One incremental refinement after a finding: the next small thing that sharpens what the human just saw.
 * The first that fits and was not suggested before wins.
 */
final class Refinements {
    private record Refinement(Pattern when, String text) {
        boolean fits(String finding) {
            return when.matcher(finding).find();
        }
    }

    private static Refinement when(String regex, String text) {
        return new Refinement(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), text);
    }

    private static final List<Refinement> BY_TOPIC = List.of(
            when("\\b(5xx|50[0-4]s?|errors?|error rate|failing)\\b",
                    "break it down by route and status code, to see whether it's one endpoint or all of them."),
            when("\\b(p9\\d|latency|slow|timeouts?)\\b",
                    "put p50 next to p99: is everyone slow, or only the tail?"),
            when("\\b(oom\\w*|memory|restarts?|crash\\w*)\\b",
                    "compare the container's memory with its limit in the minutes before each restart."),
            when("\\b(queue|backlog|lag|consumers?)\\b",
                    "compare the publish rate with the consume rate over the last hour — did input grow, or output stall?"),
            when("\\b(logs?|grep)\\b",
                    "narrow the logs to the five minutes before it started and count them by message."),
            when("\\b(conn\\w*|pool)\\b",
                    "split the connections by state (active, idle, idle in transaction) and by client."));

    private static final String BEFORE_ALERT = "look at the five minutes before %s fired — what changed first?";
    private static final String YESTERDAY = "compare with the same time yesterday (`offset 1d`), to see whether it's new.";

    private Refinements() {
    }

    /** The refinement to suggest, given what Ducky already said in this session. */
    static String suggest(String finding, String alert, Session session) {
        if (alert != null) {
            String beforeAlert = String.format(Locale.ROOT, BEFORE_ALERT, alert);
            if (!session.said(beforeAlert)) {
                return beforeAlert;
            }
        }
        for (Refinement refinement : BY_TOPIC) {
            if (refinement.fits(finding) && !session.said(refinement.text())) {
                return refinement.text();
            }
        }
        return YESTERDAY;
    }
}
