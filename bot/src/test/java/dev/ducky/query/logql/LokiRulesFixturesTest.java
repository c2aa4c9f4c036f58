package dev.ducky.query.logql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.query.analysis.ParseResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loki's checks beyond syntax, on a hand-labelled set: each query there has valid syntax, so the verdict and
 * the reason come from the semantic layer alone.
 */
class LokiRulesFixturesTest {
    private final LogqlParser parser = new LogqlParser();

    @Test
    void everyLabelledQueryHasValidSyntax() {
        List<String> invalid = LogqlFixtures.rows("semantics.tsv", 3).stream().map(row -> row.get(2))
                .filter(query -> !parser.checkSyntax(query).valid()).toList();
        assertEquals(List.of(), invalid);
    }

    @Test
    void verdictsAndReasonsMatchTheLabels() {
        List<String> wrong = new ArrayList<>();
        for (List<String> row : LogqlFixtures.rows("semantics.tsv", 3)) {
            boolean expectValid = row.get(0).equals("valid");
            ParseResult result = parser.check(row.get(2));
            boolean reasonMatches = expectValid || result.error() != null && result.error().contains(row.get(1));
            if (result.valid() != expectValid || !reasonMatches) {
                wrong.add(row.get(2) + "\n    expected " + row.get(0) + (expectValid ? "" : " (\"" + row.get(1) + "\")")
                        + ", got " + (result.valid() ? "valid" : "column " + result.position() + ": " + result.error()));
            }
        }
        assertEquals(List.of(), wrong);
    }
}
