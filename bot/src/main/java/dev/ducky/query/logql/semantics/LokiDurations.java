package dev.ducky.query.logql.semantics;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Loki reads durations. A range ({@code [5m]}) is a Prometheus duration: whole numbers of y, w, d, h, m,
 * s, ms. An offset or a duration in a label filter may also be a Go duration ({@code 1.5h}, {@code -30s}),
 * but Go knows no days or weeks, so {@code 1.5d} or {@code -1d} are refused.
 */
public final class LokiDurations {
    private static final Pattern PROMETHEUS =
            Pattern.compile("(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?");
    private static final Pattern SEGMENT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|us|µs|ns|y|w|d|h|m|s)");
    private static final Map<String, Double> SECONDS = Map.of("y", 365 * 86400.0, "w", 7 * 86400.0,
            "d", 86400.0, "h", 3600.0, "m", 60.0, "s", 1.0, "ms", 1e-3, "us", 1e-6, "µs", 1e-6, "ns", 1e-9);

    private LokiDurations() {
    }

    static boolean isRange(String text) {
        return !text.isEmpty() && PROMETHEUS.matcher(text).matches();
    }

    /** Offsets and label-filter durations: Prometheus style, or Go style when there are no y/w/d units. */
    static boolean isOffsetOrFilter(String text) {
        return isRange(text) || !text.matches(".*\\d[ywd].*");
    }

    /** The duration in seconds (negative when written with a minus), as the grammar's units add up. */
    public static double seconds(String text) {
        double total = 0;
        Matcher segment = SEGMENT.matcher(text);
        while (segment.find()) {
            total += Double.parseDouble(segment.group(1)) * SECONDS.get(segment.group(2));
        }
        return text.startsWith("-") ? -total : total;
    }
}
