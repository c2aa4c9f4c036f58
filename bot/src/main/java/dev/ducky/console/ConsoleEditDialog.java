package dev.ducky.console;

import dev.ducky.conversation.Form;
import dev.ducky.copilot.FrontDoor;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A form in the terminal, as the edit modal is in Slack: each field asked by name (Enter keeps what is there),
 * then exactly what support will receive, then "send it?". A line starting with '/' is a console command, never
 * a field value: it cancels the form.
 */
final class ConsoleEditDialog {
    private final ConsoleInput input;
    private final PrintStream out;
    private final FrontDoor frontDoor;

    ConsoleEditDialog(ConsoleInput input, PrintStream out, FrontDoor frontDoor) {
        this.input = input;
        this.out = out;
        this.frontDoor = frontDoor;
    }

    /** The filled-in form the person confirmed, or empty when they cancelled or it would be refused. */
    Optional<Form.Filled> fill(Form form) throws IOException {
        out.println("(" + form.title() + ": one line per field; Enter keeps what is shown)");
        Map<String, String> values = new HashMap<>();
        for (Form.Field field : form.fields()) {
            out.println("  " + field.label() + (field.optional() ? " (optional)" : "")
                    + (field.initial().isEmpty() ? "" : " [Enter keeps: " + field.initial() + "]"));
            String line = input.next("  > ");
            if (line != null && line.strip().startsWith("/")) {
                out.println("  (cancelled: " + line.strip().split("\\s+")[0] + " is a console command, not an answer;"
                        + " press the button again to edit)");
                return Optional.empty();
            }
            values.put(field.name(), line == null || line.isBlank() ? field.initial() : line.strip());
        }
        Form.Filled filled = new Form.Filled(form.reference(), values);
        List<String> problems = frontDoor.problemsWith(filled);
        if (!problems.isEmpty()) {
            problems.forEach(p -> out.println("  (not sent: " + p + ")"));
            return Optional.empty();
        }
        out.println("  Support will receive:");
        frontDoor.preview(filled).lines().forEach(l -> out.println("  | " + l));
        String answer = input.next("  Send it? [y/N] > ");
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
            out.println("  (not sent)");
            return Optional.empty();
        }
        return Optional.of(filled);
    }
}
