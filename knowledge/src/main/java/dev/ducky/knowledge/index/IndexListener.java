package dev.ducky.knowledge.index;

import java.nio.file.Path;

/** Progress of an indexing run, for progress bars and logs. */
public interface IndexListener {
    IndexListener NONE = new IndexListener() { };

    /** Called once, after the directories were scanned. */
    default void started(int totalFiles) { }

    /** Called after each file, indexed or skipped. */
    default void fileDone(Path file) { }
}
