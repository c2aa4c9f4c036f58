package dev.ducky.query.translate;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.words.Terms;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A question as the translator reads it: its words and terms, the language it is about, and the slots it
 * fills — how to aggregate and rank, which time span, what to compare with, what to look for.
 *
 * @param text     the question as asked
 * @param lower    lower case, status codes and quoted text kept
 * @param terms    comparable terms ({@link Terms})
 * @param language LOGQL when it is about logs
 * @param shape    grouping, ranking and quantile
 * @param time     window, comparison offset, forecast horizon, minutes before the alert
 * @param words    candidate label values: every word and hyphenated name, lower case
 * @param pattern  text to look for in log lines, when quoted or "containing …"
 * @param status   a status code class such as {@code 5..}, when named
 */
public record Question(String text, String lower, List<String> terms, QueryLanguage language, Shape shape, Time time,
                      List<String> words, Optional<String> pattern, Optional<String> status) {
    /** How the result is cut and ranked. */
    public record Shape(List<String> groupNouns, OptionalInt topK, boolean bottom, Optional<Double> quantile) {
        public Shape {
            groupNouns = List.copyOf(groupNouns);
        }
    }

    /** When: the window to average over, what to compare with, how far to forecast, the span before the alert. */
    public record Time(Optional<Duration> window, Optional<Duration> offset, Optional<Duration> horizon,
                       OptionalInt minutesBeforeAlert) {
    }

    public Question {
        Objects.requireNonNull(text, "text");
        terms = List.copyOf(terms);
        words = List.copyOf(words);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(time, "time");
    }

    /** Whether the lower-case question matches a regular expression (found anywhere). */
    public boolean says(String regex) {
        return java.util.regex.Pattern.compile(regex).matcher(lower).find();
    }

    public boolean hasTerm(String term) {
        return terms.contains(term);
    }

    public boolean groupsBy(String noun) {
        return shape.groupNouns().contains(noun);
    }
}
