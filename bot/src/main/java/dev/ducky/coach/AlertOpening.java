package dev.ducky.coach;

import dev.ducky.conversation.Turn;
import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.incident.IncidentStore;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import dev.ducky.retrieval.Runbooks;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * A paging alert opens the incident, and — the one exception to asking first — the process guide's
 * mitigation step may be shown at once: the runbook of the alert's first mitigation step, cited.
 */
@Singleton
public class AlertOpening {
    private final IncidentStore incidents;
    private final MitigationFirst mitigationFirst;
    private final Templates templates;

    public AlertOpening(IncidentStore incidents, Runbooks runbooks, Templates templates) {
        this.incidents = incidents;
        this.mitigationFirst = new MitigationFirst(runbooks, templates.render(Part.NO_LEAD_YET, Map.of()));
        this.templates = templates;
    }

    public Decision open(Turn turn, String alert) {
        Incident incident = incidents.findOpen(turn.channelId(), turn.threadId())
                .orElseGet(() -> incidents.open(turn.channelId(), null, alert, null, alert, true));
        incidents.setAlert(incident.id(), alert);
        incidents.add(incident.id(), Entry.Kind.FINDING, null, templates.render(Part.ALERT_FIRED, Map.of("alert", alert)));
        Decision decision = mitigationFirst.open(incident.title(), alert);
        // The incident remembers the runbook it cites, so later questions and "just tell me" prefer it.
        decision.cited().stream().findFirst().ifPresent(cited -> incidents.setRunbook(incident.id(), cited.path()));
        return decision;
    }
}
