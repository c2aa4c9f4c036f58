package dev.ducky.knowledge.index;

import java.io.IOException;
import java.nio.file.Path;

/** The index directory holds no runbook index yet: nothing was indexed there. */
public final class RunbookIndexMissingException extends IOException {
    private final transient Path indexDir;

    public RunbookIndexMissingException(Path indexDir) {
        super("no runbook index at " + indexDir.toAbsolutePath() + "; run `ducky index DIR` first");
        this.indexDir = indexDir;
    }

    public Path indexDir() {
        return indexDir;
    }
}
