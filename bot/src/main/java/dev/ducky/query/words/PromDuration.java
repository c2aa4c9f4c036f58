package dev.ducky.query.words;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spans of time as people say them ("the last hour", "15 minutes", "2d") and as PromQL writes them ({@code 1h}). */
public final class PromDuration {
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("ten", 10), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("few", 3));
    /** A regular expression group for an amount as people write it: a number, or a word such as "two" or "few". */
    public static final String AMOUNT = "(\\d+|a|an|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty|thirty|few)";
    /** A regular expression group for a unit of time, from {@code s} to {@code weeks}. */
    public static final String UNIT = "(s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)";
    private static final Pattern AMOUNT_UNIT = Pattern.compile("\\b" + AMOUNT + "\\s*" + UNIT + "\\b");
    private static final Pattern BARE_UNIT = Pattern.compile("\\b(last|past|previous|this|the)\\s+(minute|hour|day|week)\\b");

    private PromDuration() {
    }

    /** The first span of time the text names, e.g. "in the last 10 minutes" or "over the past day". */
    public static Optional<Duration> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = AMOUNT_UNIT.matcher(lower);
        if (m.find()) {
            return Optional.of(parse(m.group(1), m.group(2)));
        }
        Matcher bare = BARE_UNIT.matcher(lower);
        return bare.find() ? Optional.of(parse("1", bare.group(2))) : Optional.empty();
    }

    /** The span an {@link #AMOUNT} and a {@link #UNIT} name, e.g. "ten" and "minutes". */
    public static Duration parse(String amount, String unit) {
        int n = NUMBER_WORDS.getOrDefault(amount, -1);
        if (n < 0) {
            n = Integer.parseInt(amount);
        }
        return switch (unit.charAt(0)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> Duration.ofDays(7L * n);
        };
    }

    /** PromQL's spelling: the largest unit that divides it, e.g. {@code 90m}, {@code 2h}, {@code 1w}. */
    public static String format(Duration d) {
        long s = d.getSeconds();
        if (s <= 0) {
            throw new IllegalArgumentException("a PromQL duration is positive: " + d);
        }
        if (s % (7 * 86400) == 0) {
            return s / (7 * 86400) + "w";
        }
        if (s % 86400 == 0) {
            return s / 86400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    /** The same span in words, e.g. "5 minutes", "1 hour". */
    public static String words(Duration d) {
        String f = format(d);
        long n = Long.parseLong(f.substring(0, f.length() - 1));
        String unit = switch (f.charAt(f.length() - 1)) {
            case 'w' -> "week";
            case 'd' -> "day";
            case 'h' -> "hour";
            case 'm' -> "minute";
            default -> "second";
        };
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
