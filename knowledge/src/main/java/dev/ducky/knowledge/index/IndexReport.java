package dev.ducky.knowledge.index;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one indexing run did.
 *
 * @param files          files in the index afterwards (runbooks and rule files; new, changed or unchanged)
 * @param sections       runbook sections in the index afterwards
 * @param skipped        files that were not indexed, each with where and why
 * @param took           wall time of the run
 * @param parsed         files read and (re)indexed in this run because they were new or changed
 * @param unchanged      files left as they were because their content hash had not changed
 * @param deleted        files removed from the index: gone from the directories, or now skipped
 * @param alertRules     alert rules (re)indexed in this run
 * @param embedded       section vectors the model computed in this run
 * @param cached         section vectors taken from the embedding cache in this run
 * @param rebuiltBecause why the whole index was rebuilt (another schema or model), "" when it was not
 */
public record IndexReport(int files, int sections, List<SkippedFile> skipped, Duration took,
                          int parsed, int unchanged, int deleted, int alertRules, int embedded, int cached,
                          String rebuiltBecause) {
    public IndexReport {
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(rebuiltBecause, "rebuiltBecause");
    }

    /** A report without the incremental tallies. */
    public IndexReport(int files, int sections, List<SkippedFile> skipped, Duration took) {
        this(files, sections, skipped, took, 0, 0, 0, 0, 0, 0, "");
    }
}
