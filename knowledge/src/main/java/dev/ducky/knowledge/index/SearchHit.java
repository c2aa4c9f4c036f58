package dev.ducky.knowledge.index;

import dev.ducky.knowledge.runbook.SectionRole;
import java.util.List;
import java.util.Objects;

/**
 * One runbook section found by a search.
 *
 * @param path       the runbook file, relative to the directory it was indexed from, with '/' separators
 * @param anchor     GitHub-style slug of the section heading (what follows '#' in a link)
 * @param title      the runbook's title (front matter, or its first heading)
 * @param section    the section's heading text
 * @param breadcrumb headings from the runbook title down to this section, e.g. [Checkout, Diagnosis]
 * @param text       the section's plain text (steps as lines, code blocks kept)
 * @param score      relevance; higher is better, comparable only within one search
 * @param role       what the section is for (mitigation, impact…), from its heading
 * @param startLine  1-based file line where the section starts
 * @param endLine    1-based file line where it ends
 * @param services   services the runbook covers
 * @param alerts     alerts the runbook answers
 * @param owners     who to escalate to, from the runbook's front matter
 * @param confidence how sure the search is that the hit's runbook answers the question, 0 to 1, comparable across
 *                   searches and corpora; below {@link Confidence#FLOOR} it is better not offered as an answer
 */
public record SearchHit(String path, String anchor, String title, String section, List<String> breadcrumb,
                        String text, double score, SectionRole role, int startLine, int endLine,
                        List<String> services, List<String> alerts, List<String> owners, double confidence) {
    public SearchHit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
        breadcrumb = List.copyOf(breadcrumb);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        services = List.copyOf(services);
        alerts = List.copyOf(alerts);
        owners = List.copyOf(owners);
    }

    /** The section's stable id and citation, {@code path#anchor}. */
    public String citation() {
        return path + "#" + anchor;
    }

    /** The citation with its lines, {@code path#anchor (lines a-b)}, for a reader without a web link. */
    public String citationWithLines() {
        return citation() + " (lines " + startLine + "-" + endLine + ")";
    }

    /** The same hit with another score. */
    SearchHit withScore(double newScore) {
        return new SearchHit(path, anchor, title, section, breadcrumb, text, newScore, role, startLine, endLine,
                services, alerts, owners, confidence);
    }
}
