package dev.ducky.coach;

import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.prompts.Move;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A session as the policy reads it, without a database: an incident and its timeline, each line one minute after
 * the last (the first at 14:01 UTC). Incidents and timeline entries are made here and nowhere else in the tests.
 */
final class Sessions {
    static final Instant OPENED = Instant.parse("2024-05-14T14:00:00Z");

    private final List<Entry> timeline = new ArrayList<>();
    private String runbook;
    private String alert;
    private Duration resolvedAfter;

    static Sessions blank() {
        return new Sessions();
    }

    /** The runbook the incident remembers (the one it cited last). */
    Sessions runbook(String path) {
        this.runbook = path;
        return this;
    }

    /** The alert that opened the incident. */
    Sessions alert(String name) {
        this.alert = name;
        return this;
    }

    Sessions resolvedAfter(Duration duration) {
        this.resolvedAfter = duration;
        return this;
    }

    Sessions message(String text) {
        return line(Entry.Kind.MESSAGE, "U1", text);
    }

    /** The plan's steps, as the copilot records them before the policy decides. */
    Sessions plan(String... steps) {
        for (String step : steps) {
            line(Entry.Kind.PLAN_STEP, "U1", step);
        }
        return this;
    }

    Sessions hypothesis(String text) {
        return line(Entry.Kind.HYPOTHESIS, "U1", text);
    }

    Sessions note(String text) {
        return line(Entry.Kind.NOTE, "U1", text);
    }

    Sessions finding(String text) {
        return line(Entry.Kind.FINDING, "U1", text);
    }

    /** One of Ducky's earlier moves, recorded as the copilot does: the move, what it cited, its text. */
    Sessions moved(Move move) {
        return moved(move, "");
    }

    Sessions moved(Move move, String text) {
        timeline.add(new Entry(Entry.Kind.MOVE, null, move, List.of(), text, next()));
        return this;
    }

    /** When the latest timeline line was written, as {@code HH:mm} UTC. */
    String lastAt() {
        return timeline.get(timeline.size() - 1).at().toString().substring(11, 16);
    }

    private Sessions line(Entry.Kind kind, String author, String text) {
        timeline.add(new Entry(kind, author, text, next()));
        return this;
    }

    private Instant next() {
        return OPENED.plus(Duration.ofMinutes(timeline.size() + 1L));
    }

    Session build() {
        return new Session(incident(), timeline);
    }

    Incident incident() {
        boolean resolved = resolvedAfter != null;
        return new Incident("I1", "C1", null, alert == null ? "Checkout errors" : alert, "U1", alert, runbook, true,
                resolved ? Incident.State.RESOLVED : Incident.State.OPEN, "U1", OPENED,
                resolved ? OPENED.plus(resolvedAfter) : null);
    }

    List<Entry> timeline() {
        return List.copyOf(timeline);
    }
}
