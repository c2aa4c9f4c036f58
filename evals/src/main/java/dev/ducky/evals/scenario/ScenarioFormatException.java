package dev.ducky.evals.scenario;

import java.nio.file.Path;

/** A scenario file that cannot be read as a scenario; the message starts with {@code file:line:}. */
public class ScenarioFormatException extends RuntimeException {
    private final Path file;
    private final int line;

    public ScenarioFormatException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
