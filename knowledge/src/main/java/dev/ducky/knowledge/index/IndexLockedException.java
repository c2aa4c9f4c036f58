package dev.ducky.knowledge.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (or another indexer in this one) is writing the same index directory. */
public final class IndexLockedException extends IOException {
    private final transient Path indexDir;

    public IndexLockedException(Path indexDir, Throwable cause) {
        super("the runbook index at " + indexDir.toAbsolutePath() + " is being written by another process"
                + " (a `ducky index`, `ducky index --watch` or `ducky serve` reindexing); wait for it to finish,"
                + " stop it, or use another --index-dir", cause);
        this.indexDir = indexDir;
    }

    public Path indexDir() {
        return indexDir;
    }
}
