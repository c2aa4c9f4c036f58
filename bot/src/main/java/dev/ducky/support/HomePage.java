package dev.ducky.support;

import java.time.Instant;
import java.util.List;

/**
 * What App Home shows, worded here so the Slack adapter only lays it out: a heading, a hint, and a line per open
 * incident (newest first) — or the line that none is open. Incident lines are worded when the page is shown, so
 * answers' ages count from then.
 */
public final class HomePage {
    private final List<StatusBoard.IncidentStatus> open;
    private final StatusLines lines;

    HomePage(List<StatusBoard.IncidentStatus> open, StatusLines lines) {
        this.open = List.copyOf(open);
        this.lines = lines;
    }

    public String heading() {
        return lines.homeHeading();
    }

    public String hint() {
        return lines.homeHint();
    }

    /** A line per open incident; empty when none is open. */
    public List<String> incidents(Instant now) {
        return open.stream().map(status -> lines.line(status, now)).toList();
    }

    /** What to show when no incident is open. */
    public String noIncident() {
        return lines.noOpenIncident();
    }
}
