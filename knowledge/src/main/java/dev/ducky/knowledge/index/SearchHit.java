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
 */
public record SearchHit(String path, String anchor, String title, String section,
                        List<String> breadcrumb, String text, double score) {
    public SearchHit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
        breadcrumb = List.copyOf(breadcrumb);
        Objects.requireNonNull(text, "text");
    }

    /** The section's stable id and citation, {@code path#anchor}. */
    public String citation() {
        return path + "#" + anchor;
    }
}
