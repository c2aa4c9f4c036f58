package dev.ducky.knowledge.index;

import java.io.IOException;
import java.nio.file.Path;

/** The index was built by another version of Ducky (schema or embedding model); it must be rebuilt, not read. */
public final class IndexOutdatedException extends IOException {
    private final transient Path indexDir;

    public IndexOutdatedException(Path indexDir, String why) {
        super("the runbook index at " + indexDir.toAbsolutePath() + " cannot be read (" + why
                + "); run `ducky index DIR` to rebuild it");
        this.indexDir = indexDir;
    }

    public Path indexDir() {
        return indexDir;
    }
}
