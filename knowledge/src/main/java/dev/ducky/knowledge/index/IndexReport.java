package dev.ducky.knowledge.index;

import java.time.Duration;
import java.util.List;

/**
 * What one indexing run did.
 *
 * @param files    runbook files indexed (new or changed or unchanged, i.e. present in the index afterwards)
 * @param sections sections in the index afterwards
 * @param skipped  files that were not indexed, each with where and why
 * @param took     wall time of the run
 */
public record IndexReport(int files, int sections, List<SkippedFile> skipped, Duration took) {
    public IndexReport {
        skipped = List.copyOf(skipped);
    }
}
