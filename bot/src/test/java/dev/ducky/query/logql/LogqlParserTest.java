package dev.ducky.query.logql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.analysis.MetricTypes;
import dev.ducky.query.analysis.ParseResult;
import dev.ducky.query.analysis.QueryAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogqlParserTest {
    private final LogqlParser parser = new LogqlParser();

    @Test
    void theLanguageEnumHandsOutThisParser() {
        assertTrue(QueryLanguage.LOGQL.parser() instanceof LogqlParser);
    }

    @Test
    void reportsSelectorsAsMetricsAndFunctionsInOrderOfFirstUse() {
        ParseResult result = parser.check("sum by (pod) (rate({app = \"a\", env=~\"prod|staging\"}[5m])) "
                + "/ sum by (pod) (count_over_time({app=\"b\"}[5m])) or vector(0)");
        assertTrue(result.valid(), result.error());
        assertEquals(List.of("{app=\"a\", env=~\"prod|staging\"}", "{app=\"b\"}"), result.metrics());
        assertEquals(List.of("sum", "rate", "count_over_time", "vector"), result.functions());
    }

    @Test
    void aQueryMayRunOverSeveralLinesWithComments() {
        ParseResult result = parser.check("sum(\n  count_over_time({app=\"a\"} # the app\n  |= \"error\" [5m])\n)");
        assertTrue(result.valid(), result.error());
        assertEquals(List.of("{app=\"a\"}"), result.metrics());
    }

    @Test
    void positionsAreOneBasedOffsetsIntoTheQuery() {
        assertEquals(1, parser.check("{app=~\".*\"}").position());
        assertEquals(10, parser.check("{app=\"a\"}[5m]").position());
        assertEquals(4, parser.check("(\n{}").position(), "the empty selector closes at the fourth character");
    }

    @Test
    void syntaxAloneAcceptsWhatOnlyLokiRefuses() {
        String everyStream = "{app=~\".*\"} |= \"x\"";
        assertTrue(parser.checkSyntax(everyStream).valid());
        assertFalse(parser.check(everyStream).valid());
    }

    @Test
    void aWordAfterJsonIsALabelToExtractUnlessOnlyTheSetOperatorFits() {
        assertTrue(parser.checkSyntax("{a=\"b\"} | json or").valid(), "json extracts a label named or");
        assertTrue(parser.checkSyntax("{a=\"b\"} | json or | or=\"x\"").valid());
        ParseResult setOperation = parser.checkSyntax("{a=\"b\"} | json or {c=\"d\"}");
        assertTrue(setOperation.valid(), "read again with or as the operator");
        assertFalse(parser.check("{a=\"b\"} | json or {c=\"d\"}").valid(), "which Loki refuses on log queries");
    }

    @Test
    void analysisOfAnInvalidQueryHasNoExplanationNorLints() {
        QueryAnalysis analysis = parser.analyze("rate({app=\"a\"}[10s]", MetricTypes.UNKNOWN);
        assertFalse(analysis.verdict().valid());
        assertEquals(List.of(), analysis.explanation());
        assertEquals(List.of(), analysis.lints());
    }

    @Test
    void analysisOfAValidQueryExplainsAndLints() {
        QueryAnalysis analysis = parser.analyze("rate({app=\"a\"}[10s])", MetricTypes.UNKNOWN);
        assertEquals(List.of("logs of `{app=\"a\"}`", "per-second rate of lines over 10s"), analysis.explanation());
        assertEquals(List.of("range-too-short"), analysis.lints().stream().map(l -> l.rule()).toList());
    }
}
