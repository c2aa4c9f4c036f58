package dev.ducky.query.logql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.query.analysis.ParseResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser on its own fixtures: queries Loki accepts, and syntax errors with their column and reason. */
class LogqlSyntaxFixturesTest {
    private final LogqlParser parser = new LogqlParser();

    @Test
    void acceptsEveryValidQuery() {
        List<String> refused = new ArrayList<>();
        for (String query : LogqlFixtures.lines("valid.txt")) {
            ParseResult result = parser.check(query);
            if (!result.valid()) {
                refused.add(query + "\n    -> column " + result.position() + ": " + result.error());
            }
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void reportsEachSyntaxErrorAtItsColumnWithItsReason() {
        List<String> wrong = new ArrayList<>();
        for (List<String> row : LogqlFixtures.rows("invalid-syntax.tsv", 3)) {
            int column = Integer.parseInt(row.get(0));
            String query = row.get(1);
            ParseResult result = parser.checkSyntax(query);
            if (result.valid() || result.position() != column || !result.error().contains(row.get(2))) {
                wrong.add(query + "\n    expected column " + column + " with \"" + row.get(2) + "\", got "
                        + (result.valid() ? "valid" : "column " + result.position() + ": " + result.error()));
            }
        }
        assertEquals(List.of(), wrong);
    }
}
