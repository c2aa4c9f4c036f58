package dev.ducky.conversation;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * What the copilot decided about one inbound delivery, for its channel adapter to carry out. Support-flow steps
 * are not in it: they are stored, and every adapter drains them from the one outbox.
 *
 * @param replies messages to post in the delivery's thread, in order
 * @param form    a form to open for the person who clicked (a modal in Slack, questions in the console)
 * @param refused what was wrong with a submitted form, which was therefore not taken
 * @param home    the App Home of the person who opened it
 */
public record Outcome(List<Reply> replies, @Nullable Form form, List<String> refused, @Nullable Home home) {
    public static final Outcome NOTHING = new Outcome(List.of(), null, List.of(), null);

    public Outcome {
        replies = List.copyOf(replies);
        refused = List.copyOf(refused);
    }

    public static Outcome of(List<Reply> replies) {
        return new Outcome(replies, null, List.of(), null);
    }

    public static Outcome opening(Form form) {
        return new Outcome(List.of(), form, List.of(), null);
    }

    public static Outcome refusing(List<String> problems) {
        return new Outcome(List.of(), null, problems, null);
    }

    public static Outcome home(Home home) {
        return new Outcome(List.of(), null, List.of(), home);
    }
}
