package dev.ducky.knowledge.index;

import java.nio.file.Path;

/** Progress of an indexing run, for progress bars and logs. Called on the indexing thread. */
public interface IndexListener {
    IndexListener NONE = new IndexListener() { };

    /** Called once, after the directories were scanned. */
    default void started(int totalFiles) { }

    /** Called after each file, indexed, unchanged or skipped. */
    default void fileDone(Path file) { }

    /** Called when the sections of a new or changed runbook were embedded and written. */
    default void sectionsIndexed(int count) { }
}
