package dev.ducky.knowledge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The public corpora in {@code ../shared/corpora} beside the repository. Absent on a user's clone: benchmarks then
 * skip and say so, except under CI ({@code CI=true}), where a missing folder is a failure.
 */
final class SharedCorpora {
    private SharedCorpora() {
    }

    static Path corpus(String name) {
        String shared = System.getProperty("ducky.shared.dir", "../../shared");
        Path dir = Path.of(shared).resolve("corpora").resolve(name).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            String message = "shared corpus not found: " + dir + " (clone the shared folder beside the repository)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        return dir;
    }
}
