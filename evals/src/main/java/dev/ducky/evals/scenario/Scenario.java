package dev.ducky.evals.scenario;

import dev.ducky.evals.replay.Feature;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A past incident to replay through Ducky (format: evals/README.md).
 *
 * @param file        the file it was read from
 * @param id          its file name without extension
 * @param title       what happened, in a line
 * @param source      where the incident comes from (written for Ducky, or the post-mortem it paraphrases)
 * @param tags        free labels, e.g. the interactions it covers
 * @param requires    features of Ducky it needs; missing ones make it skipped, with the reason
 * @param knowledge   its own knowledge folder, or null for the bundled sample runbooks
 * @param modelScript what a scripted language model answers, in order (needs the model feature)
 * @param turns       its timeline
 * @param known       rules it is known to make Ducky break, until Ducky is fixed
 */
public record Scenario(Path file, String id, String title, String source, List<String> tags, Set<Feature> requires,
                       Path knowledge, List<String> modelScript, List<ScenarioTurn> turns,
                       List<KnownViolation> known) {
    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        tags = List.copyOf(tags);
        requires = requires.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requires));
        modelScript = List.copyOf(modelScript);
        turns = List.copyOf(turns);
        known = List.copyOf(known);
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one turn");
        }
    }

    /** Everything it needs, including what its own knowledge folder implies. */
    public Set<Feature> needs() {
        EnumSet<Feature> needs = EnumSet.noneOf(Feature.class);
        needs.addAll(requires);
        if (knowledge != null) {
            needs.add(Feature.KNOWLEDGE);
        }
        return needs;
    }
}
