package dev.ducky.query.logql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ducky.query.analysis.MetricTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each fixture query explained line by line, exactly as explanations.txt spells it out. */
class LogqlExplanationFixturesTest {
    @Test
    void explainsEachPartOfEachQuery() {
        Map<String, List<String>> expected = fixtures();
        assertFalse(expected.isEmpty());
        LogqlParser parser = new LogqlParser();
        expected.forEach((query, lines) -> assertEquals(lines, parser.analyze(query, MetricTypes.UNKNOWN).explanation(),
                "explanation of " + query));
    }

    private static Map<String, List<String>> fixtures() {
        Map<String, List<String>> fixtures = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : LogqlFixtures.lines("explanations.txt")) {
            if (line.startsWith("query: ")) {
                current = new ArrayList<>();
                fixtures.put(line.substring("query: ".length()), current);
            } else if (line.startsWith("- ") && current != null) {
                current.add(line.substring(2));
            } else {
                throw new IllegalArgumentException("logql/explanations.txt: unexpected line " + line);
            }
        }
        return fixtures;
    }
}
