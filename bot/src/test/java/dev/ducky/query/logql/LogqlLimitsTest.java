package dev.ducky.query.logql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.analysis.MetricTypes;
import dev.ducky.query.analysis.ParseResult;
import dev.ducky.query.analysis.QueryAnalysis;
import dev.ducky.query.analysis.QueryLimits;
import dev.ducky.query.analysis.SmallStack;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * LogQL past {@link QueryLimits} is refused as an ordinary parse error, quickly and on a small stack; the
 * deepest query within them is checked, explained and linted on that stack.
 */
@Timeout(value = 1, unit = TimeUnit.SECONDS)
class LogqlLimitsTest {
    private static final String TOO_DEEP = "expression nested deeper than 64 levels";
    private static final String METRIC = "sum(rate({app=\"x\"}[5m]))"; // three levels: sum, rate, the log query

    private final LogqlParser parser = new LogqlParser();

    @Test
    void tenThousandAdditionsAreRefusedAtTheOperatorPastTheLimit() throws Throwable {
        // The tree's root is the last +; the one 64 levels down is the 9,936th, at column 39,766.
        assertRefused(TOO_DEEP, 39_766, METRIC + " + 1".repeat(10_000));
    }

    @Test
    void fiveThousandNestedParenthesesAreRefusedAtTheSixtyFifth() throws Throwable {
        assertRefused(TOO_DEEP, 65, "(".repeat(5_000) + METRIC + ")".repeat(5_000));
    }

    @Test
    void fiveThousandNestedAggregationsAreRefused() throws Throwable {
        assertRefused(TOO_DEEP, 257, "sum(".repeat(5_000) + "rate({app=\"x\"}[5m])" + ")".repeat(5_000));
    }

    @Test
    void rightAssociatedPowersAreRefused() throws Throwable {
        // Refused as the parser descends: at the operand of the 64th ^.
        assertRefused(TOO_DEEP, 280, METRIC + " ^ 1".repeat(5_000));
    }

    @Test
    void longLabelFilterChainsAndNestedFilterParenthesesAreRefused() throws Throwable {
        // The filter 64 levels down is the right side of the 4,937th and, at column 49,383.
        assertRefused(TOO_DEEP, 49_383, "{app=\"x\"} | a=\"1\"" + " and a=\"1\"".repeat(5_000));
        assertRefused(TOO_DEEP, 77, "{app=\"x\"} | " + "(".repeat(5_000) + "a=\"1\"" + ")".repeat(5_000));
        assertRefused(TOO_DEEP, 70, "rate(" + "(".repeat(5_000) + "{app=\"x\"}[5m]" + ")".repeat(5_000) + ")");
    }

    @Test
    void aLongStreamSelectorIsRefusedByItsLength() throws Throwable {
        String query = "{" + "app=\"x\",".repeat(10_000) + "job=\"y\"}";
        assertRefused("query longer than 65536 characters (it has " + query.length() + ")", 65_537, query);
    }

    @Test
    void aLongStreamSelectorWithinTheLengthIsRead() {
        ParseResult result = parser.check("{" + "app=\"x\",".repeat(7_000) + "job=\"y\"}");
        assertTrue(result.valid(), result::error);
    }

    @Test
    void aOneMegabyteQueryIsRefusedBeforeItIsRead() throws Throwable {
        String query = METRIC + " + 1".repeat(262_138);
        assertEquals(1_048_576, query.length());
        assertRefused("query longer than 65536 characters (it has 1048576)", 65_537, query);
    }

    @Test
    void aRegularExpressionNestedTooDeeplyIsRefusedNotCompiled() throws Throwable {
        String regex = "(".repeat(20_000) + "a" + ")".repeat(20_000);
        ParseResult result = SmallStack.call(() -> parser.check("{app=\"x\"} |~ \"" + regex + "\""));
        assertFalse(result.valid());
        assertTrue(result.error().startsWith("regular expression nested deeper than 50 groups"), result.error());
    }

    @Test
    void theDeepestQueryAllowedOfEachShapeIsReadInFullOnASmallStack() throws Throwable {
        assertDeepestAllowed(n -> METRIC + " + 1".repeat(n - 3));
        assertDeepestAllowed(n -> "sum(".repeat(n - 2) + "rate({app=\"x\"}[5m])" + ")".repeat(n - 2));
        assertDeepestAllowed(n -> "(".repeat(n - 2) + METRIC + ")".repeat(n - 2));
        assertDeepestAllowed(n -> METRIC + " ^ 1".repeat(n - 1));
        assertDeepestAllowed(n -> "sum(rate({app=\"x\"} | a=\"1\"" + " and a=\"1\"".repeat(n - 4) + " [5m]))");
        assertDeepestAllowed(n -> "{app=\"x\"} | " + "(".repeat(n - 1) + "a=\"1\"" + ")".repeat(n - 1));
    }

    @Test
    void theDeepestQueryWithTheDeepestRegularExpressionIsCheckedOnASmallStack() throws Throwable {
        String regex = "(".repeat(50) + "a|b" + ")".repeat(50);
        String query = "sum(".repeat(62) + "rate({app=\"x\"} |~ \"" + regex + "\" [5m])" + ")".repeat(62);
        QueryAnalysis analysis = SmallStack.call(() -> parser.analyze(query, MetricTypes.UNKNOWN));
        assertTrue(analysis.verdict().valid(), analysis.verdict()::error);
    }

    /** Depth n is checked, explained and linted on a small stack; depth n + 1 is refused. */
    private void assertDeepestAllowed(IntFunction<String> ofDepth) throws Throwable {
        String deepest = ofDepth.apply(QueryLimits.MAX_DEPTH);
        QueryAnalysis analysis = SmallStack.call(() -> parser.analyze(deepest, MetricTypes.UNKNOWN));
        assertTrue(analysis.verdict().valid(), () -> analysis.verdict().error() + ": " + deepest);
        assertFalse(analysis.explanation().isEmpty());
        String deeper = ofDepth.apply(QueryLimits.MAX_DEPTH + 1);
        assertEquals(TOO_DEEP, SmallStack.call(() -> parser.check(deeper)).error(), deeper);
    }

    /** Refused by check, the syntax check and analyze alike, with the message and position, on a small stack. */
    private void assertRefused(String message, int position, String query) throws Throwable {
        ParseResult result = SmallStack.call(() -> parser.check(query));
        assertFalse(result.valid());
        assertEquals(message, result.error());
        assertEquals(position, result.position());
        assertEquals(result, SmallStack.call(() -> parser.checkSyntax(query)));
        QueryAnalysis analysis = SmallStack.call(() -> parser.analyze(query, MetricTypes.UNKNOWN));
        assertEquals(result, analysis.verdict());
        assertTrue(analysis.explanation().isEmpty());
    }
}
