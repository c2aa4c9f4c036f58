package dev.ducky.copilot;

import java.util.List;
import java.util.Objects;

/**
 * One message Ducky wants to post.
 *
 * @param text      plain text (may use {@code *bold*} and {@code `code`}); each channel escapes it itself
 * @param citations the runbook sections it cites
 * @param buttons   what the human may press (never run / continue / next hint)
 * @param trace     why it is posted
 */
public record Reply(String text, List<Citation> citations, List<Button> buttons, Trace trace) {
    public Reply {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        buttons = List.copyOf(buttons);
        Objects.requireNonNull(trace, "trace");
    }

    /** Whether the reply asks the human something, so that their answer in the thread is for Ducky. */
    public boolean asksQuestion() {
        return trace.move().asksQuestion();
    }
}
