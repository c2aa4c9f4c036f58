package dev.ducky.coach;

import dev.ducky.conversation.Turn;
import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.incident.IncidentStore;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import dev.ducky.retrieval.RunbookLibrary;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A paging alert opens the incident, and — the one exception to asking first — the process guide's
 * mitigation step may be shown at once: the runbook of the alert's first mitigation step, cited.
 */
@Singleton
public class AlertOpening {
    private final IncidentStore incidents;
    private final RunbookLibrary library;
    private final Templates templates;

    public AlertOpening(IncidentStore incidents, RunbookLibrary library, Templates templates) {
        this.incidents = incidents;
        this.library = library;
        this.templates = templates;
    }

    public Decision open(Turn turn, String alert) {
        Incident incident = incidents.findOpen(turn.channelId(), turn.threadId())
                .orElseGet(() -> incidents.open(turn.channelId(), null, alert, null, alert, true));
        incidents.setAlert(incident.id(), alert);
        incidents.add(incident.id(), Entry.Kind.FINDING, null, templates.render(Part.ALERT_FIRED, Map.of("alert", alert)));
        List<SearchHit> hits = library.search(alert, CoachPolicy.RETRIEVE);
        Optional<SearchHit> runbook = hits.stream().filter(h -> h.alerts().contains(alert)).findFirst()
                .or(() -> hits.stream().filter(h -> !RunbookLibrary.isProcessGuide(h)).findFirst());
        Optional<SearchHit> mitigation = runbook.flatMap(r -> library.section(r.path(), "MITIGATION"));
        if (mitigation.isEmpty()) {
            return Decision.of(Move.INCIDENT_OPENED, Map.of("title", incident.title(),
                    "lead", templates.render(Part.NO_LEAD_YET, Map.of())));
        }
        incidents.setRunbook(incident.id(), mitigation.get().path());
        return Decision.citing(Move.SHOW_MITIGATION_FIRST, Map.of("alert", alert, "where",
                CoachPolicy.label(mitigation.get()), "step", RunbookText.firstStep(mitigation.get().text())),
                mitigation.get(), hits);
    }
}
