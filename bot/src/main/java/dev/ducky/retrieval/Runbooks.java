package dev.ducky.retrieval;

import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.runbook.SectionRole;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The runbooks as the coach reads them: sections found by a question, and the sections of one runbook. Kept this
 * small so the coach's policy can be exercised on a handful of sections in memory, without an index.
 */
public interface Runbooks {
    /** The {@code k} sections that best answer {@code question}, best first. */
    List<SearchHit> search(String question, int k);

    /** Every section of one runbook, in file order; empty when no runbook has that path. */
    List<SearchHit> sectionsOf(String path);

    /** The first section of a runbook with the given role (e.g. its mitigation), if it has one. */
    default Optional<SearchHit> section(String path, SectionRole role) {
        return sectionsOf(path).stream().filter(hit -> hit.role() == role).findFirst();
    }

    /** Whether a hit comes from the incident-process guide rather than a service runbook. */
    static boolean isProcessGuide(SearchHit hit) {
        return (hit.path() + " " + hit.title()).toLowerCase(Locale.ROOT)
                .matches(".*\\b(incident[- ]?(process|response|management)|process guide|on-?call process)\\b.*");
    }
}
