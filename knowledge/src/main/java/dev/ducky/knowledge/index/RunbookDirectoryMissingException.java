package dev.ducky.knowledge.index;

import java.nio.file.Path;

/** A runbook directory that was asked for does not exist or is not a directory. */
public final class RunbookDirectoryMissingException extends IllegalArgumentException {
    private final transient Path directory;

    public RunbookDirectoryMissingException(Path directory) {
        super("runbook directory not found: " + directory.toAbsolutePath());
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
