package dev.ducky.knowledge.index;

import java.time.Duration;
import java.util.List;

/**
 * What one indexing run did.
 *
 * @param files     runbook files indexed (new or changed or unchanged, i.e. present in the index afterwards)
 * @param sections  sections in the index afterwards
 * @param skipped   files that were not indexed, each with where and why
 * @param took      wall time of the run
 * @param parsed    files parsed and (re)indexed in this run because they were new or changed
 * @param unchanged files left as they were because their content hash had not changed
 * @param deleted   files removed from the index: gone from the directories, or now skipped
 */
public record IndexReport(int files, int sections, List<SkippedFile> skipped, Duration took,
                          int parsed, int unchanged, int deleted) {
    public IndexReport {
        skipped = List.copyOf(skipped);
    }

    /** A report without the incremental tallies. */
    public IndexReport(int files, int sections, List<SkippedFile> skipped, Duration took) {
        this(files, sections, skipped, took, 0, 0, 0);
    }
}
