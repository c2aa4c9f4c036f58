package dev.ducky.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the support flow writes times: a clock time in UTC, and ages. */
public final class Times {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String clock(Instant at) {
        return CLOCK.format(at);
    }

    public static String age(Instant since, Instant now) {
        long minutes = Duration.between(since, now).toMinutes();
        if (minutes < 1) {
            return "less than a minute";
        }
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
