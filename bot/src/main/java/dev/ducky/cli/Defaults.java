package dev.ducky.cli;

import java.nio.file.Path;

/** Defaults of the commands that run without an application context; they match application.yml. */
final class Defaults {
    private Defaults() {
    }

    static Path indexDir(Path option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv("DUCKY_INDEX_DIR");
        return Path.of(env == null || env.isBlank() ? "data/index" : env);
    }
}
