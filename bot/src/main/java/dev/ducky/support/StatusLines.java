package dev.ducky.support;

import dev.ducky.conversation.ChannelRef;
import dev.ducky.conversation.UserRef;
import dev.ducky.incident.Incident;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** How `status` and App Home word what support may say: a line per incident, and the lines for none. */
@Singleton
class StatusLines {
    private final Templates templates;

    StatusLines(Templates templates) {
        this.templates = templates;
    }

    /** One incident: its latest confirmed answer and that answer's age, or that nothing is confirmed yet. */
    String line(StatusBoard.IncidentStatus status, Instant now) {
        Incident incident = status.incident();
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("title", incident.title());
        slots.put("channel", ChannelRef.of(incident.channel()));
        Answer a = status.answer();
        if (a != null) {
            slots.put("answer", Drafting.quote(a.customer()));
            slots.put("by", UserRef.of(a.by()));
            slots.put("at", Times.clock(a.at()));
            slots.put("age", Times.age(a.at(), now));
            slots.put("version", String.valueOf(a.version()));
        }
        String line = templates.render(a == null ? Part.STATUS_UNCONFIRMED : Part.STATUS_CONFIRMED, slots);
        return status.waitingQuestions() == 0 ? line : line + " " + templates.render(Part.STATUS_WAITING,
                Map.of("count", String.valueOf(status.waitingQuestions())));
    }

    String noOpenIncident() {
        return templates.render(Part.NO_OPEN_INCIDENT, Map.of());
    }

    String noIncidentIn(String channel) {
        return templates.render(Part.STATUS_NO_INCIDENT_IN_CHANNEL, Map.of("channel", ChannelRef.of(channel)));
    }

    String homeHeading() {
        return templates.render(Part.HOME_HEADING, Map.of());
    }

    String homeHint() {
        return templates.render(Part.HOME_HINT, Map.of());
    }
}
