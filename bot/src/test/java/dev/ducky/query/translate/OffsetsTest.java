package dev.ducky.query.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.analysis.QueryLimits;
import dev.ducky.query.analysis.SmallStack;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OffsetsTest {
    @Test
    void shiftsEverySelectorButNotOnesAlreadyShifted() {
        assertEquals(Optional.of("sum(rate(a_total{x=\"1\"}[5m] offset 1d)) / b offset 1d + c offset 1h"),
                Offsets.shift("sum(rate(a_total{x=\"1\"}[5m])) / b + c offset 1h", Duration.ofDays(1)));
        assertEquals(Optional.of("max_over_time(rate(a_total[5m])[1h:5m] offset 1w)"),
                Offsets.shift("max_over_time(rate(a_total[5m])[1h:5m])", Duration.ofDays(7)));
        assertEquals(Optional.empty(), Offsets.shift("sum(", Duration.ofDays(1)));
    }

    @Test
    void dropsOnlyAFinalComparisonWithANumber() {
        assertEquals("sum(rate(a_total[5m])) / sum(rate(b_total[5m]))",
                Offsets.withoutThreshold("(sum(rate(a_total[5m])) / sum(rate(b_total[5m])) > 0.05)"));
        assertEquals("a > b", Offsets.withoutThreshold("a > b"));
        assertEquals("a > bool 1", Offsets.withoutThreshold("a > bool 1"));
        assertEquals("up == 0 and b", Offsets.withoutThreshold("up == 0 and b"));
    }

    @Test
    void rewritesTheDeepestQueryAllowedOnASmallStackAndLeavesAnyDeeperOneAlone() throws Throwable {
        // Each rate(…[5m]) is three levels, each + and the final > one more: 64 in all.
        String deepest = "rate(a_total[5m])" + " + rate(a_total[5m])".repeat(QueryLimits.MAX_DEPTH - 4) + " > 1";
        assertTrue(SmallStack.call(() -> Offsets.shift(deepest, Duration.ofDays(1))).isPresent());
        assertTrue(SmallStack.call(() -> Offsets.withoutThreshold(deepest)).endsWith("rate(a_total[5m])"));
        String deeper = "up" + " + up".repeat(10_000);
        assertEquals(Optional.empty(), SmallStack.call(() -> Offsets.shift(deeper, Duration.ofDays(1))));
        assertEquals(deeper, SmallStack.call(() -> Offsets.withoutThreshold(deeper)));
    }
}
