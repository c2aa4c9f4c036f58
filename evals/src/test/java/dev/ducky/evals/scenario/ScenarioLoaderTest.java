package dev.ducky.evals.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Feature;
import dev.ducky.evals.replay.Speaker;
import dev.ducky.evals.rules.Rule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    private static final Pattern EXPECTED = Pattern.compile("^# error: (\\d+): (.*)$");

    static Stream<Path> invalidScenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(ScenarioLoaderTest.class.getResource("/scenarios/invalid").toURI());
        return Files.list(dir).sorted();
    }

    /** Each invalid fixture says, on its first line, the line and the message its error must carry. */
    @ParameterizedTest
    @MethodSource("invalidScenarios")
    void anInvalidScenarioIsReportedWithItsFileAndLine(Path file) throws IOException {
        Matcher expected = EXPECTED.matcher(Files.readAllLines(file).get(0));
        assertTrue(expected.matches(), "fixture lacks its '# error: LINE: message' line: " + file);
        ScenarioFormatException error = assertThrows(ScenarioFormatException.class, () -> ScenarioLoader.load(file));
        assertTrue(error.getMessage().startsWith(file + ":" + expected.group(1) + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(expected.group(2)), error.getMessage());
    }

    @Test
    void everyBadFileOfADirectoryIsReportedAtOnce() throws Exception {
        List<Path> files = invalidScenarios().toList();
        InvalidScenariosException error = assertThrows(InvalidScenariosException.class,
                () -> ScenarioLoader.loadAll(List.of(files.get(0).getParent())));
        assertEquals(files.size(), error.problems().size(), error.getMessage());
    }

    @Test
    void aScenarioReadsIntoTurnsWithTheirDefaults() throws IOException {
        Path dir = Files.createTempDirectory("scenario");
        Files.createDirectories(dir.resolve("kb"));
        Path file = Files.writeString(dir.resolve("checkout.yaml"), """
                title: Checkout
                source: test
                knowledge: kb
                known_violations:
                  - {rule: no_execution, turn: t2, why: quoted}
                turns:
                  - as: alerting
                    text: "[FIRING:1] CheckoutHighErrorRate"
                  - text: "@ducky: checkout is down"
                    expect: silence
                  - id: later
                    text: top-level remark
                    thread: false
                    chatter: true
                  - redeliver: later
                  - click: Add to notes
                """);
        Scenario scenario = ScenarioLoader.load(file);
        assertEquals("checkout", scenario.id());
        assertEquals(dir.resolve("kb").toAbsolutePath(), scenario.knowledge());
        assertEquals(Set.of(Feature.KNOWLEDGE), scenario.needs());
        assertEquals(Rule.NO_EXECUTION, scenario.known().get(0).rule());
        List<ScenarioTurn> turns = scenario.turns();
        assertEquals(Speaker.ALERTING, turns.get(0).as());
        assertEquals("checkout is down", turns.get(1).text());
        assertTrue(turns.get(1).mention());
        assertTrue(turns.get(1).expectations().get(0).silence());
        assertEquals(ChannelKind.INCIDENT, turns.get(2).channel());
        assertTrue(!turns.get(2).inThread() && turns.get(2).chatter());
        assertEquals(ScenarioTurn.Kind.REDELIVERY, turns.get(3).kind());
        assertEquals("t5", turns.get(4).id());
        assertNull(turns.get(4).text());
        assertEquals(9, turns.get(1).line());
    }
}
