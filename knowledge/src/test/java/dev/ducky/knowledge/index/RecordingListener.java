package dev.ducky.knowledge.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Remembers the progress calls of an indexing run. */
final class RecordingListener implements IndexListener {
    final List<Integer> started = new ArrayList<>();
    final List<Path> done = new ArrayList<>();

    @Override
    public void started(int totalFiles) {
        started.add(totalFiles);
    }

    @Override
    public void fileDone(Path file) {
        done.add(file);
    }
}
