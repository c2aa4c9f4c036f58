package dev.ducky.query.translate.recipes;

import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Selector;
import dev.ducky.query.translate.Subjects;
import java.util.List;
import java.util.Optional;

/** The stream selector of a log question: the services and namespaces it names, as the team labels streams. */
final class LogStreams {
    private LogStreams() {
    }

    /** The selector for the named subjects, or empty when the question names none. */
    static Optional<String> named(Kitchen k, List<String> notes) {
        List<Selector.Match> matches = k.subjects().streamFilters(k.streams(), notes);
        return matches.isEmpty() ? Optional.empty() : Optional.of(Selector.stream(matches));
    }

    /** Every stream that has the service label (Loki needs a matcher that cannot match the empty string). */
    static String all(Kitchen k) {
        return Selector.stream(List.of(Selector.Match.re(identity(k), ".+")));
    }

    static String identity(Kitchen k) {
        return Subjects.streamIdentity(k.streams());
    }

    /** The span lines are counted over: "per minute" is a minute, else the question's window or 5 minutes. */
    static java.time.Duration countWindow(Kitchen k) {
        if (k.q().says("\\bper minute\\b|\\ba minute\\b|/min\\b")) {
            return java.time.Duration.ofMinutes(1);
        }
        return k.q().says("\\bper hour\\b|/h\\b") ? java.time.Duration.ofHours(1) : k.rateWindow();
    }

    static boolean overTime(Kitchen k) {
        return k.q().says("\\b(how many|how often|count|number of|rate|per (second|minute)|over time|trend|spike\\w*|"
                + "graph|increase\\w*|more|fewer)\\b");
    }
}
