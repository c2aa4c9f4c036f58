package dev.ducky.conversation;

import java.util.List;
import java.util.Objects;

/**
 * One message Ducky wants to post.
 *
 * @param text      plain text (may use {@code *bold*} and {@code `code`}); each channel escapes it itself
 * @param citations the runbook sections it cites
 * @param buttons   what the human may press (never run / continue / next hint)
 * @param trace     why it is posted
 * @param links     what it offers to open in the team's tools (a query in Explore, a dashboard)
 */
public record Reply(String text, List<Citation> citations, List<Button> buttons, Trace trace, List<Link> links) {
    public Reply {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        buttons = List.copyOf(buttons);
        Objects.requireNonNull(trace, "trace");
        links = List.copyOf(links);
    }

    /** A reply without links. */
    public Reply(String text, List<Citation> citations, List<Button> buttons, Trace trace) {
        this(text, citations, buttons, trace, List.of());
    }

    /** Whether the reply asks the human something, so that their answer in the thread is for Ducky. */
    public boolean asksQuestion() {
        return trace.move().asksQuestion();
    }
}
