package dev.ducky.conversation;

import java.util.List;
import java.util.Objects;

/**
 * A person's App Home, worded: a heading, a hint, and a line per open incident (newest first) — or the line that
 * none is open.
 */
public record Home(String heading, String hint, List<String> incidents, String noIncident) {
    public Home {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(hint, "hint");
        incidents = List.copyOf(incidents);
        Objects.requireNonNull(noIncident, "noIncident");
    }
}
