package dev.ducky.query.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.config.QuerySettings;
import dev.ducky.knowledge.runbook.SampleRunbooks;
import dev.ducky.query.QueryLanguage;
import dev.ducky.query.setup.TranslatorSetup;
import dev.ducky.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every question of {@code translate/fixtures.txt} gets exactly its expected query, checked valid, or the question back. */
class TranslatorFixturesTest {
    private static Translator translator;

    /** One fixture. */
    record Fixture(String question, Optional<QueryLanguage> language, String intent, String expected, boolean clarify) {
    }

    @BeforeAll
    static void build() throws Exception {
        Path samples = SampleRunbooks.extractTo(Files.createTempDirectory("ducky-samples"));
        translator = TranslatorSetup.build(QuerySettings.fromEnvironment(Map.of()), List.of(samples), List::of, w -> { });
    }

    @TestFactory
    Stream<DynamicTest> everyFixture() {
        return parse(Fixtures.read("translate/fixtures.txt", Map.of())).stream().map(f -> DynamicTest.dynamicTest(
                f.question(), () -> {
                    Translation t = translator.translate(f.question(), new Translator.Options(f.language(),
                            Optional.empty(), Optional.empty()));
                    assertEquals(f.intent(), t.intent(), f.question());
                    if (f.clarify()) {
                        assertEquals(f.expected(), t.clarify());
                        assertNull(t.query(), "a question back shows no query");
                        assertTrue(t.clarify().endsWith("?"));
                    } else {
                        assertEquals(f.expected(), t.query());
                        assertTrue(t.valid(), "checked by the parser: " + t.errors());
                        assertNull(t.clarify());
                        assertTrue(!t.explanation().isEmpty(), "explained");
                    }
                }));
    }

    static List<Fixture> parse(String text) {
        List<Fixture> fixtures = new ArrayList<>();
        String[] blocks = text.split("\n(?=## )");
        for (String block : blocks) {
            if (!block.startsWith("## ")) {
                continue;
            }
            List<String> lines = new ArrayList<>(List.of(block.strip().split("\n")));
            String question = lines.remove(0).substring(3);
            Optional<QueryLanguage> language = Optional.empty();
            if (lines.get(0).startsWith("lang: ")) {
                language = Optional.of(QueryLanguage.valueOf(lines.remove(0).substring(6).toUpperCase(java.util.Locale.ROOT)));
            }
            String intent = lines.remove(0).substring("intent: ".length());
            String body = String.join("\n", lines);
            boolean clarify = body.startsWith("clarify: ");
            fixtures.add(new Fixture(question, language, intent, clarify ? body.substring(9) : body, clarify));
        }
        return fixtures;
    }
}
