package dev.ducky.query.link;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The span a link opens: the last {@code lookback} up to now, or a fixed window such as the minutes before an
 * alert fired.
 *
 * @param end null for "now"
 */
public record TimeRange(Duration lookback, Instant end) {
    public TimeRange {
        Objects.requireNonNull(lookback, "lookback");
        if (lookback.isNegative() || lookback.isZero()) {
            throw new IllegalArgumentException("a time range needs a positive length: " + lookback);
        }
    }

    public static TimeRange last(Duration lookback) {
        return new TimeRange(lookback, null);
    }

    /** The {@code minutes} before {@code end}. */
    public static TimeRange before(Instant end, int minutes) {
        return new TimeRange(Duration.ofMinutes(minutes), Objects.requireNonNull(end, "end"));
    }

    public boolean fixed() {
        return end != null;
    }

    public Instant start() {
        return end == null ? null : end.minus(lookback);
    }
}
