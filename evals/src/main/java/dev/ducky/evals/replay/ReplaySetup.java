package dev.ducky.evals.replay;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a fresh conversation needs.
 *
 * @param name        a short name, unique within a run (channels and threads are derived from it)
 * @param knowledge   the scenario's own knowledge folder, or null for the bundled sample runbooks
 * @param modelScript what a scripted language model answers, in order (empty: no model)
 */
public record ReplaySetup(String name, Path knowledge, List<String> modelScript) {
    public ReplaySetup {
        Objects.requireNonNull(name, "name");
        modelScript = List.copyOf(modelScript);
    }
}
