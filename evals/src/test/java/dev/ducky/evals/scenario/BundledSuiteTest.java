package dev.ducky.evals.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.evals.replay.Feature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The suite shipped in the jar: complete, valid, and covering what the design asks of Ducky. */
class BundledSuiteTest {
    private static final Path SOURCE = Path.of("src/main/resources/dev/ducky/evals/suite");

    /** Every good interaction of DESIGN.md's table, and the adversarial cases, by the tag that marks it. */
    private static final Set<String> MUST_COVER = Set.of("missing-step", "process", "mitigation-first", "query",
            "link", "how-to", "stuck", "stuck-with-plan", "ping-owner", "document", "trying-to-accomplish",
            "inconsistency", "refinement", "retro", "team-learning", "support", "just-tell-me", "prompt-injection",
            "duplicate-delivery", "chatter", "jargon", "model");

    @Test
    void theIndexListsEveryFileOfTheSuite() throws Exception {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            Set<String> onDisk = files.filter(Files::isRegularFile).map(p -> SOURCE.relativize(p).toString())
                    .filter(name -> !name.equals("index.txt")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(onDisk, new TreeSet<>(BundledSuite.files()));
        }
    }

    @Test
    void theSuiteLoadsAndCoversTheDesign() throws Exception {
        List<Scenario> suite = ScenarioLoader.loadAll(List.of(BundledSuite.extractTo(Files.createTempDirectory("suite"))));
        assertTrue(suite.size() >= 12, "at least 12 incidents: " + suite.size());
        Set<String> tags = suite.stream().flatMap(s -> s.tags().stream()).collect(Collectors.toSet());
        assertEquals(Set.of(), MUST_COVER.stream().filter(t -> !tags.contains(t)).collect(Collectors.toSet()));
        long paraphrased = suite.stream().filter(s -> s.source().contains("posthog-postmortems/")).count();
        assertTrue(paraphrased >= 3, "at least three paraphrase public post-mortems: " + paraphrased);
        assertTrue(suite.stream().anyMatch(s -> s.needs().contains(Feature.KNOWLEDGE)),
                "one brings its own (tampered) knowledge");
    }
}
