package dev.ducky.support;

import dev.ducky.incident.Incident;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.runbook.SectionRole;
import dev.ducky.retrieval.RunbookLibrary;
import dev.ducky.retrieval.Runbooks;
import dev.ducky.support.wording.StatusClaims;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Phase 1: what Ducky may tell support on its own — facts a developer confirmed earlier, and what the impact
 * section of the incident's runbook says customers notice, without any sentence claiming a status, an ETA, a
 * cause or a resolution. Where it knows nothing, the draft says so.
 */
@Singleton
public class DraftWriter {
    private static final int RETRIEVE = 5;

    private final RunbookLibrary library;

    public DraftWriter(RunbookLibrary library) {
        this.library = library;
    }

    /**
     * @param impact    the runbook's impact section, if one was found (cited)
     * @param retrieved everything looked at
     * @param confirmed the latest confirmed answer about the incident, if any
     * @param impactText the impact section's text without claims; empty when there is none
     */
    public record Draft(@Nullable SearchHit impact, List<SearchHit> retrieved, @Nullable Answer confirmed,
                        String impactText) {
        /** What confirming the draft would send: the confirmed facts and the runbook's impact text. */
        public String customerText() {
            List<String> parts = new ArrayList<>();
            if (confirmed != null) {
                parts.add(confirmed.customer());
            }
            if (!impactText.isEmpty()) {
                parts.add(impactText);
            }
            return String.join(" ", parts);
        }

        public boolean knowsSomething() {
            return !customerText().isBlank();
        }
    }

    public Draft write(Incident incident, String questions, @Nullable Answer confirmed) {
        List<SearchHit> hits = library.search(questions + " " + incident.title(), RETRIEVE);
        Set<String> paths = new LinkedHashSet<>();
        if (incident.runbook() != null) {
            paths.add(incident.runbook());
        }
        hits.stream().filter(h -> !Runbooks.isProcessGuide(h)).map(SearchHit::path).forEach(paths::add);
        for (String path : paths) {
            Optional<SearchHit> impact = library.section(path, SectionRole.IMPACT);
            if (impact.isPresent()) {
                String text = StatusClaims.withoutClaims(impact.get().text());
                if (!text.isEmpty()) {
                    return new Draft(impact.get(), hits, confirmed, text);
                }
            }
        }
        return new Draft(null, hits, confirmed, "");
    }
}
