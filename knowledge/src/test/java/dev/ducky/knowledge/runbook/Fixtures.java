package dev.ducky.knowledge.runbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads fixture files from src/test/resources. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code runbooks/<path>} under the relative path {@code path}. */
    static Runbook parse(String path) throws RunbookFormatException {
        return new RunbookParser().parse(path, bytes("runbooks/" + path));
    }

    /** Parses the file {@code runbooks/<dir>/<path>} as the runbook {@code path} of the runbook directory {@code dir}. */
    static Runbook parse(String dir, String path) throws RunbookFormatException {
        return new RunbookParser().parse(path, bytes("runbooks/" + dir + "/" + path));
    }
}
