package dev.ducky.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared evaluation corpora next to the repository ({@code ../shared/corpora}, from the system property
 * {@code ducky.shared.dir}). A user's clone has none, so tests that read them skip, saying so — except under
 * CI, where their absence is a failure.
 */
public final class SharedCorpora {
    private SharedCorpora() {
    }

    /** The corpora folder, or skips (fails under CI) when it is absent. */
    public static Path require() {
        String dir = System.getProperty("ducky.shared.dir", "../../shared");
        Path corpora = Path.of(dir).resolve("corpora").toAbsolutePath().normalize();
        if (!Files.isDirectory(corpora)) {
            Prerequisite.skipOrFail("the shared corpora are not at " + corpora);
        }
        return corpora;
    }

}
