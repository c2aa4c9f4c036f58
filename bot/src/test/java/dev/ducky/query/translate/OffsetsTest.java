package dev.ducky.query.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
