package dev.ducky.query.promql;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.analysis.ParseResult;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Verdicts, messages and positions on fixtures that promtool 2.42 judged; no ../shared needed. */
class PromqlParserTest {
    private final PromqlParser parser = new PromqlParser();

    @TestFactory
    Stream<DynamicTest> acceptsWhatPrometheusAccepts() {
        return PromqlFixtures.lines("valid.txt").stream().filter(l -> !l.isBlank())
                .map(q -> DynamicTest.dynamicTest(q, () -> {
                    ParseResult r = parser.check(q);
                    assertTrue(r.valid(), () -> "rejected at " + r.position() + ": " + r.error());
                }));
    }

    @TestFactory
    Stream<DynamicTest> rejectsWhatPrometheusRejectsWithItsMessageAndColumn() {
        return PromqlFixtures.blocks("invalid.txt").stream().map(block -> DynamicTest.dynamicTest(block.get(0), () -> {
            String expected = block.get(1).substring("=> ".length());
            ParseResult r = parser.check(block.get(0));
            assertFalse(r.valid(), "accepted");
            assertEquals(expected, r.position() + ": " + r.error());
        }));
    }

    @Test
    void reportsTheMetricsAndFunctionsAQueryUsesInOrder() {
        ParseResult r = parser.check("histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket"
                + "{job=\"api\"}[5m]))) / on() group_left sum(rate({__name__=\"http_requests_total\"}[5m]))");
        assertAll(
                () -> assertEquals(List.of("http_request_duration_seconds_bucket", "http_requests_total"), r.metrics()),
                () -> assertEquals(List.of("histogram_quantile", "sum", "rate"), r.functions()));
    }

    @Test
    void positionsInMultiLineQueriesCountCharactersFromTheStart() {
        String query = "sum(\n  rate(x[5m]) # comment\n) by"; // promtool: 3:5, i.e. after "by" on line 3
        ParseResult r = parser.check(query);
        assertEquals("unexpected end of input in grouping opts, expected \"(\"", r.error());
        assertEquals(query.length() + 1, r.position());
    }

    @Test
    void theFirstErrorWinsEvenWhenTheLexerWouldComplainLater() {
        Function<String, String> error = q -> parser.check(q).error();
        assertEquals("unknown function with name \"foo\"", error.apply("foo(x) $"));
        assertEquals("unexpected character: '$'", error.apply("sum(x) $"));
    }
}
