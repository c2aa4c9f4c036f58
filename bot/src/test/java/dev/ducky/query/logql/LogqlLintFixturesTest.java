package dev.ducky.query.logql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.analysis.Lint;
import dev.ducky.query.analysis.MetricTypes;
import dev.ducky.query.analysis.QueryAnalysis;
import dev.ducky.query.logql.lint.LogqlLinter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every lint has fixtures where it fires and where it stays quiet, on queries Loki accepts. */
class LogqlLintFixturesTest {
    private final LogqlParser parser = new LogqlParser();
    private final List<List<String>> rows = LogqlFixtures.rows("lints.tsv", 3);

    @Test
    void everyRuleHasFixturesFiringAndQuiet() {
        for (String rule : LogqlLinter.ruleIds()) {
            assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(rule) && r.get(1).equals("fires")), rule + " fires somewhere");
            assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(rule) && r.get(1).equals("quiet")), rule + " is quiet somewhere");
        }
        assertTrue(rows.stream().allMatch(r -> LogqlLinter.ruleIds().contains(r.get(0))), "fixtures name known rules");
    }

    @Test
    void firesExactlyWhereLabelled() {
        List<String> wrong = new ArrayList<>();
        for (List<String> row : rows) {
            QueryAnalysis analysis = parser.analyze(row.get(2), MetricTypes.UNKNOWN);
            List<String> fired = analysis.lints().stream().map(Lint::rule).toList();
            boolean expectFires = row.get(1).equals("fires");
            if (!analysis.verdict().valid() || fired.contains(row.get(0)) != expectFires) {
                wrong.add(row.get(2) + "\n    expected " + row.get(0) + " " + row.get(1) + ", got "
                        + (analysis.verdict().valid() ? fired : "invalid: " + analysis.verdict().error()));
            }
        }
        assertEquals(List.of(), wrong);
    }
}
