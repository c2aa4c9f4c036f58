package dev.ducky.knowledge.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Builds and updates the Lucene index of runbook sections. (API placeholder, implementation pending.) */
public final class RunbookIndexer {
    public RunbookIndexer(Path indexDir) {
        throw new UnsupportedOperationException("pending");
    }

    public RunbookIndexer maxFileBytes(long bytes) {
        return this;
    }

    public IndexReport index(List<Path> runbookDirs, IndexListener listener) throws IOException {
        throw new UnsupportedOperationException("pending");
    }
}
