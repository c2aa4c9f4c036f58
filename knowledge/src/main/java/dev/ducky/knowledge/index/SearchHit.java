package dev.ducky.knowledge.index;

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
 * @param meta       what the runbook says about itself and where the section sits in it
 */
public record SearchHit(String path, String anchor, String title, String section,
                        List<String> breadcrumb, String text, double score, Meta meta) {
    /**
     * @param role      the section's role from its heading (MEANING, IMPACT, DIAGNOSIS, MITIGATION, ESCALATION, OTHER)
     * @param startLine 1-based first line of the section in its file
     * @param services  the runbook's services
     * @param alerts    the runbook's alerts
     * @param owners    the runbook's owners
     */
    public record Meta(String role, int startLine, List<String> services, List<String> alerts, List<String> owners) {
        public static final Meta NONE = new Meta("OTHER", 0, List.of(), List.of(), List.of());

        public Meta {
            Objects.requireNonNull(role, "role");
            services = List.copyOf(services);
            alerts = List.copyOf(alerts);
            owners = List.copyOf(owners);
        }
    }

    /** A hit without runbook metadata (tests, adapters). */
    public SearchHit(String path, String anchor, String title, String section, List<String> breadcrumb, String text,
                     double score) {
        this(path, anchor, title, section, breadcrumb, text, score, Meta.NONE);
    }

    public SearchHit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
        breadcrumb = List.copyOf(breadcrumb);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meta, "meta");
    }

    /** The same section with another score (e.g. after fusing rankings). */
    public SearchHit withScore(double newScore) {
        return new SearchHit(path, anchor, title, section, breadcrumb, text, newScore, meta);
    }

    /** The section's stable id and citation, {@code path#anchor}. */
    public String citation() {
        return path + "#" + anchor;
    }
}
