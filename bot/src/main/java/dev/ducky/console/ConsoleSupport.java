package dev.ducky.console;

import dev.ducky.conversation.Button;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Turn;
import dev.ducky.redaction.Redactor;
import dev.ducky.support.Form;
import dev.ducky.support.Post;
import dev.ducky.support.Question;
import dev.ducky.support.Step;
import dev.ducky.support.SupportDesk;
import dev.ducky.support.SupportStore;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The support flow in the terminal: prints what stored steps tell support and the incident channel (each with
 * where it would go), and asks an edit form's fields line by line.
 */
@Singleton
public class ConsoleSupport {
    private final SupportStore store;
    private final SupportDesk desk;
    private final Redactor redactor;

    public ConsoleSupport(SupportStore store, SupportDesk desk, Redactor redactor) {
        this.store = store;
        this.desk = desk;
        this.redactor = redactor;
    }

    /** Prints every undelivered post; returns them, so their buttons can be pressed. */
    public List<Reply> deliver(PrintStream out) {
        List<Reply> shown = new ArrayList<>();
        for (Step step : store.undelivered()) {
            Question q = store.question(step.questionId());
            if (!q.inConsole()) {
                continue;
            }
            for (Post post : step.posts()) {
                boolean toSupport = post.to() == Post.To.SUPPORT;
                // The console has no threads: each conversation is one channel.
                if (toSupport && q.supportThread() == null) {
                    store.setSupportThread(q.id(), "");
                } else if (!toSupport && q.devThread() == null) {
                    store.setDevThread(q.id(), "");
                }
                out.println("(to the " + (toSupport ? "support" : "incident") + " channel"
                        + (post.visibleTo() != null ? ", only " + post.visibleTo() + " sees this" : "") + ")");
                ConsoleChannel.print(post.reply(), out);
                shown.add(post.reply());
            }
            store.delivered(step.id());
        }
        return shown;
    }

    /** Edit: asks each field of the form; an empty line keeps what is there. */
    public void edit(Turn turn, Button button, BufferedReader in, PrintStream out) throws IOException {
        String cause = UUID.randomUUID().toString();
        var form = desk.editForm(turn, button, cause);
        if (form.isEmpty()) {
            return;
        }
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (Form.Field field : form.get().fields()) {
            out.println("  " + field.label() + (field.initial().isEmpty() ? "" : " [Enter keeps: " + field.initial() + "]"));
            out.print("  > ");
            out.flush();
            String line = in.readLine();
            values.put(field.name(), line == null || line.isBlank() ? field.initial() : redactor.redact(line.strip()));
        }
        List<String> problems = desk.submit(turn.userId(), new Form.Filled(form.get().reference(), values), cause);
        problems.forEach(p -> out.println("  (not sent: " + p + ")"));
    }
}
