package dev.ducky.coach;

import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.runbook.SectionRole;
import dev.ducky.prompts.Move;
import dev.ducky.retrieval.Runbooks;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a paging alert's opening message says: the first mitigation step of the runbook that answers the alert
 * (else of the best service runbook found for its name), cited — or only that the incident is open.
 */
final class MitigationFirst {
    private final Runbooks runbooks;
    private final String noLeadYet;

    /** @param noLeadYet how the opening message names a lead nobody set yet */
    MitigationFirst(Runbooks runbooks, String noLeadYet) {
        this.runbooks = runbooks;
        this.noLeadYet = noLeadYet;
    }

    Decision open(String title, String alert) {
        List<SearchHit> hits = runbooks.search(alert, CoachPolicy.RETRIEVE);
        Optional<SearchHit> runbook = hits.stream().filter(h -> h.alerts().contains(alert)).findFirst()
                .or(() -> hits.stream().filter(h -> !Runbooks.isProcessGuide(h)).findFirst());
        Optional<SearchHit> mitigation = runbook.flatMap(r -> runbooks.section(r.path(), SectionRole.MITIGATION));
        if (mitigation.isEmpty()) {
            return Decision.of(Move.INCIDENT_OPENED, Map.of("title", title, "lead", noLeadYet));
        }
        return Decision.citing(Move.SHOW_MITIGATION_FIRST, Map.of("alert", alert, "where",
                CoachPolicy.label(mitigation.get()), "step", RunbookText.firstStep(mitigation.get().text())),
                mitigation.get(), hits);
    }
}
