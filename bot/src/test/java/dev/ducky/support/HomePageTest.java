package dev.ducky.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.incident.Incident;
import dev.ducky.prompts.Templates;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** App Home's content comes worded from support, so the Slack adapter only lays it out. */
class HomePageTest {
    private static final Instant NOW = Instant.parse("2025-03-04T15:00:00Z");
    private final StatusLines lines = new StatusLines(new Templates());

    private static Incident incident(String title, String channel) {
        return new Incident("id-" + channel, channel, null, title, "U1", null, null, true, Incident.State.OPEN, "U1",
                NOW.minusSeconds(3600), null);
    }

    @Test
    void noIncidentOpen() {
        HomePage home = new HomePage(List.of(), lines);
        assertEquals("Open incidents", home.heading());
        assertEquals("Only answers a developer confirmed are shown — never a draft. Ask from a support channel with"
                + " `@ducky your question`, or `/ducky status`.", home.hint());
        assertEquals(List.of(), home.incidents(NOW));
        assertEquals("No incident is open that I know of.", home.noIncident());
    }

    @Test
    void eachOpenIncidentWithItsConfirmedAnswerAndItsAgeWhenShown() {
        Answer answer = new Answer(2, "Some payments fail; retrying works.", "", "U7", NOW.minusSeconds(12 * 60), false);
        HomePage home = new HomePage(List.of(
                new StatusBoard.IncidentStatus(incident("Checkout errors", "C42"), answer, 0),
                new StatusBoard.IncidentStatus(incident("Orders backlog", "C43"), null, 2)), lines);
        assertEquals(List.of("*Checkout errors* (#{C42}): “Some payments fail; retrying works.” — confirmed by @{U7} at"
                        + " 14:48 UTC, 12 min ago (answer v2).",
                "*Orders backlog* (#{C43}): nothing confirmed for customers yet — no developer has confirmed an answer."
                        + " 2 question(s) still with the developers."), home.incidents(NOW));
        assertEquals("*Checkout errors* (#{C42}): “Some payments fail; retrying works.” — confirmed by @{U7} at"
                + " 14:48 UTC, 1 h 12 min ago (answer v2).", home.incidents(NOW.plusSeconds(3600)).get(0));
    }
}
