package dev.ducky.knowledge.index;

import java.util.Objects;

/**
 * A runbook file left out of the index.
 *
 * @param path   the file, relative to its runbook directory
 * @param line   1-based line of the problem, or 0 when it concerns the whole file (e.g. too large)
 * @param reason what is wrong, in words a runbook author can act on
 */
public record SkippedFile(String path, int line, String reason) {
    public SkippedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code path:line: reason}, the form editors and terminals link. */
    @Override
    public String toString() {
        return (line > 0 ? path + ":" + line : path) + ": " + reason;
    }
}
