package dev.ducky.knowledge.index;

import java.nio.file.Path;
import java.util.List;

/** The runbook directories exist but hold nothing to index: almost always the wrong directory. */
public final class NoRunbooksFoundException extends IllegalArgumentException {
    private final transient List<Path> directories;

    public NoRunbooksFoundException(List<Path> directories) {
        super("no runbooks found in " + directories.stream().map(Path::toString).toList()
                + ": expected Markdown files (*.md, *.markdown) or Prometheus rule files (*.yml, *.yaml);"
                + " hidden files and folders are ignored");
        this.directories = List.copyOf(directories);
    }

    public List<Path> directories() {
        return directories;
    }
}
