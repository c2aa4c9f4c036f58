package dev.ducky.config;

import dev.ducky.knowledge.index.OpsVocabulary;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Where the runbooks are and where their index lives.
 *
 * @param runbooks        runbook directories separated by ',' or the path separator; blank = the bundled samples
 * @param indexDir        the Lucene index directory
 * @param dataDir         working data (extracted samples); the database default lives here too
 * @param runbookBaseUrl  web URL of the runbook repository, for citation links; blank = cite by path
 * @param maxRunbookBytes files above this size are skipped
 * @param reindexInterval how often to reindex the runbook directories (e.g. a git checkout pulled by cron);
 *                        zero or absent = only at start
 * @param vocabulary      DUCKY_VOCABULARY: the team's words for what its runbooks name otherwise (synonym format),
 *                        added to the bundled ops vocabulary; blank = the bundled one only
 */
@ConfigurationProperties(KnowledgeSettings.PREFIX)
public record KnowledgeSettings(@Nullable String runbooks, Path indexDir, Path dataDir,
                                @Nullable String runbookBaseUrl, long maxRunbookBytes,
                                @Nullable Duration reindexInterval, @Nullable String vocabulary) {
    public static final String PREFIX = "ducky.knowledge";

    public KnowledgeSettings {
        if (maxRunbookBytes <= 0) {
            throw new IllegalArgumentException("DUCKY_MAX_RUNBOOK_BYTES must be positive, was " + maxRunbookBytes);
        }
        if (reindexInterval != null && reindexInterval.isNegative()) {
            throw new IllegalArgumentException("DUCKY_REINDEX_INTERVAL must not be negative, was " + reindexInterval);
        }
        reindexInterval = reindexInterval == null ? Duration.ZERO : reindexInterval;
    }

    /** Whether the runbooks are reindexed periodically, not only at start. */
    public boolean reindexesPeriodically() {
        return !reindexInterval.isZero();
    }

    /** The configured runbook directories; empty when the bundled samples should be used. */
    public List<Path> runbookDirs() {
        return dirs(runbooks);
    }

    /** Directories separated by ',' or the path separator (DUCKY_RUNBOOKS); empty for blank. */
    public static List<Path> dirs(String runbooks) {
        if (runbooks == null || runbooks.isBlank()) {
            return List.of();
        }
        return Arrays.stream(runbooks.split("[," + File.pathSeparator + "]"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    /** The words questions are searched with: the bundled vocabulary, and the team's when configured. */
    public OpsVocabulary searchVocabulary() {
        return vocabularyOf(vocabulary);
    }

    /** The bundled vocabulary, plus the team's file when {@code file} is not blank (DUCKY_VOCABULARY). */
    public static OpsVocabulary vocabularyOf(String file) {
        try {
            return file == null || file.isBlank() ? OpsVocabulary.bundled() : OpsVocabulary.bundledWith(Path.of(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DUCKY_VOCABULARY: " + e.getMessage(), e);
        }
    }

    public boolean hasBaseUrl() {
        return runbookBaseUrl != null && !runbookBaseUrl.isBlank();
    }
}
