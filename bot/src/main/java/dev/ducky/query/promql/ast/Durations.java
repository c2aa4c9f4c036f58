package dev.ducky.query.promql.ast;

/** Durations written the way PromQL writes them: {@code 1h30m}, {@code 5m}, {@code 250ms}. */
public final class Durations {
    private static final long DAY = 86_400_000;
    private static final long[] UNIT_MILLIS = {365 * DAY, 7 * DAY, DAY, 3_600_000, 60_000, 1000, 1};
    private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};

    private Durations() {
    }

    public static String format(long millis) {
        if (millis == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder(millis < 0 ? "-" : "");
        long rest = Math.abs(millis);
        for (int i = 0; i < UNITS.length; i++) {
            if (rest >= UNIT_MILLIS[i]) {
                out.append(rest / UNIT_MILLIS[i]).append(UNITS[i]);
                rest %= UNIT_MILLIS[i];
            }
        }
        return out.toString();
    }
}
