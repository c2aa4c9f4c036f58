package dev.ducky.knowledge.runbook;

import java.util.Objects;

/** A runbook file that cannot be read as a runbook; says where and why, so its author can fix it. */
public final class RunbookFormatException extends Exception {
    private final String path;
    private final int line;
    private final String reason;

    /**
     * @param path   the file, relative to its runbook directory
     * @param line   1-based line in the file, or 0 when the problem concerns the whole file
     * @param reason what is wrong, in words a runbook author can act on
     */
    public RunbookFormatException(String path, int line, String reason) {
        super((line > 0 ? path + ":" + line : path) + ": " + reason);
        this.path = Objects.requireNonNull(path, "path");
        this.line = line;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
