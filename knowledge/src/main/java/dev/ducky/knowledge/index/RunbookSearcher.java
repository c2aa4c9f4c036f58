package dev.ducky.knowledge.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Searches the runbook index. (API placeholder, implementation pending.) */
public final class RunbookSearcher implements Closeable {
    public static RunbookSearcher open(Path indexDir) throws IOException {
        throw new UnsupportedOperationException("pending");
    }

    public List<SearchHit> search(String question, int k) throws IOException {
        throw new UnsupportedOperationException("pending");
    }

    @Override
    public void close() throws IOException {
    }
}
