package dev.ducky.knowledge.runbook;

import java.io.IOException;
import java.nio.file.Path;

/** The sample runbooks bundled in the jar: the embedded default knowledge. (API placeholder.) */
public final class SampleRunbooks {
    private SampleRunbooks() {
    }

    /** Copies the bundled samples into {@code dir} (created if needed) and returns it. */
    public static Path extractTo(Path dir) throws IOException {
        throw new UnsupportedOperationException("pending");
    }
}
