package dev.ducky.query.promql;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Queries past {@link QueryLimits} are refused as ordinary parse errors, quickly and on a small stack; the
 * deepest query within them parses, checks, explains and lints on that stack.
 */
@Timeout(value = 1, unit = TimeUnit.SECONDS)
class PromqlLimitsTest {
    private static final String TOO_DEEP = "expression nested deeper than 64 levels";
    private final PromqlParser parser = new PromqlParser();

    @BeforeAll
    static void buildTheParseTable() {
        new PromqlParser().check("up"); // the table is built once per run; the timeouts measure queries only
    }

    @Test
    void aChainOfSevenThousandAdditionsIsRefusedAtTheSixtyFourthOperator() throws Throwable {
        assertRefused(TOO_DEEP, 192, "up" + "+up".repeat(6_999)); // "up+up+…": the 64th + is at column 192
    }

    @Test
    void aChainOfTwentyThousandAdditionsIsRefusedTheSameWay() throws Throwable {
        assertRefused(TOO_DEEP, 192, "up" + "+up".repeat(19_999));
    }

    @Test
    void fiveThousandNestedParenthesesAreRefusedAtTheSixtyFourthFromInside() throws Throwable {
        assertRefused(TOO_DEEP, 4_937, "(".repeat(5_000) + "up" + ")".repeat(5_000));
    }

    @Test
    void fiveThousandNestedFunctionCallsAreRefused() throws Throwable {
        assertRefused(TOO_DEEP, 19_745, "abs(".repeat(5_000) + "up" + ")".repeat(5_000));
    }

    @Test
    void rightAssociatedPowersAndChainedSubqueriesAreRefused() throws Throwable {
        assertRefused(TOO_DEEP, 14_811, "up" + "^up".repeat(5_000));
        assertRefused(TOO_DEEP, 1, "up" + "[5m:]".repeat(5_000));
        assertRefused(TOO_DEEP, 4_937, "-".repeat(5_000) + "up");
    }

    @Test
    void aLongLabelMatcherListIsRefusedByItsLength() throws Throwable {
        String query = "up{" + "job=\"api\",".repeat(20_000) + "}";
        assertRefused("query longer than 65536 characters (it has " + query.length() + ")", 65_537, query);
    }

    @Test
    void aLongLabelMatcherListWithinTheLengthIsRead() {
        ParseResult result = parser.check("up{" + "job=\"api\",".repeat(6_000) + "}");
        assertTrue(result.valid(), result::error);
    }

    @Test
    void aOneMegabyteQueryIsRefusedBeforeItIsRead() throws Throwable {
        String query = "up+".repeat(349_525) + "up";
        assertEquals(1_048_577, query.length());
        assertRefused("query longer than 65536 characters (it has 1048577)", 65_537, query);
    }

    @Test
    void aQueryExactlyAsLongAsTheLimitIsRead() {
        String query = "up" + " ".repeat(QueryLimits.MAX_LENGTH - 2);
        assertTrue(parser.check(query).valid());
        assertFalse(parser.check(query + " ").valid());
    }

    @Test
    void theDeepestQueryAllowedOfEachShapeIsReadInFullOnASmallStack() throws Throwable {
        assertDeepestAllowed(n -> "up" + "+up".repeat(n - 1));
        assertDeepestAllowed(n -> "(".repeat(n - 1) + "up" + ")".repeat(n - 1));
        assertDeepestAllowed(n -> "abs(".repeat(n - 1) + "up" + ")".repeat(n - 1));
        assertDeepestAllowed(n -> "sum by (job) (".repeat(n - 3) + "rate(http_requests_total[5m])"
                + ")".repeat(n - 3));
        assertDeepestAllowed(n -> "topk(3, ".repeat(n - 1) + "up" + ")".repeat(n - 1));
        assertDeepestAllowed(n -> "-".repeat(n - 1) + "up");
        assertDeepestAllowed(n -> "up" + "^2".repeat(n - 1));
        // A subquery and its function add two levels each; a parenthesis or two makes up the depth.
        assertDeepestAllowed(n -> "(".repeat(n % 2 + 1) + subqueries((n - 4) / 2) + ")".repeat(n % 2 + 1));
    }

    /** {@code max_over_time(rate(x_total[5m])[10m:1m])} nested k times: 3 + 2k levels. */
    private static String subqueries(int k) {
        return "max_over_time(".repeat(k) + "rate(x_total[5m])" + "[10m:1m])".repeat(k);
    }

    /** Depth n is read, explained and linted on a small stack; depth n + 1 is refused. */
    private void assertDeepestAllowed(IntFunction<String> ofDepth) throws Throwable {
        String deepest = ofDepth.apply(QueryLimits.MAX_DEPTH);
        QueryAnalysis analysis = SmallStack.call(() -> parser.analyze(deepest, MetricTypes.UNKNOWN));
        assertTrue(analysis.verdict().valid(), () -> analysis.verdict().error() + ": " + deepest);
        assertFalse(analysis.explanation().isEmpty());
        assertTrue(SmallStack.call(() -> parser.check(deepest)).valid());
        String deeper = ofDepth.apply(QueryLimits.MAX_DEPTH + 1);
        assertEquals(TOO_DEEP, SmallStack.call(() -> parser.check(deeper)).error(), deeper);
    }

    /** Refused by check and analyze alike, with the message and 1-based position, on a small stack. */
    private void assertRefused(String message, int position, String query) throws Throwable {
        ParseResult result = SmallStack.call(() -> parser.check(query));
        assertFalse(result.valid());
        assertEquals(message, result.error());
        assertEquals(position, result.position());
        QueryAnalysis analysis = SmallStack.call(() -> parser.analyze(query, MetricTypes.UNKNOWN));
        assertEquals(result, analysis.verdict());
        assertTrue(analysis.explanation().isEmpty());
    }
}
