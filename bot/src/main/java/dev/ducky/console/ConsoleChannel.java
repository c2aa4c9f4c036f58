package dev.ducky.console;

import dev.ducky.coach.AlertTrigger;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.ChannelRef;
import dev.ducky.conversation.Citation;
import dev.ducky.conversation.Link;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Role;
import dev.ducky.conversation.Turn;
import dev.ducky.conversation.UserRef;
import dev.ducky.copilot.Copilot;
import dev.ducky.redaction.Redactor;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A channel in the terminal: each line is a message to Ducky, each reply is printed with its sources, its
 * buttons and its trace. Lines starting with '/' steer the console itself (DESIGN.md, console conventions);
 * a line an alerting integration would post ({@code [FIRING:1] …}) arrives as that alert.
 */
@Singleton
public class ConsoleChannel {
    static final String CHANNEL_ID = "console";

    private final Copilot copilot;
    private final Redactor redactor;
    private final AlertTrigger alerts;
    private final ConsoleSupport support;
    private List<Button> buttons = List.of();
    private Role role = Role.RESPONDER;
    private ChannelKind channel = ChannelKind.INCIDENT;

    public ConsoleChannel(Copilot copilot, Redactor redactor, AlertTrigger alerts, ConsoleSupport support) {
        this.copilot = copilot;
        this.redactor = redactor;
        this.alerts = alerts;
        this.support = support;
    }

    public void as(Role role) {
        this.role = role;
    }

    /** Reads until end of input or /quit. */
    public void run(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
        out.println("Ducky console: you are the " + label(role) + " in an " + channel.label()
                + " channel. /help lists the console commands.");
        while (true) {
            if (interactive) {
                out.print(label(role) + "> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null || line.strip().equals("/quit")) {
                return;
            }
            if (line.strip().startsWith("/")) {
                command(line.strip(), in, out);
            } else {
                say(line, out);
            }
        }
    }

    private void say(String line, PrintStream out) {
        Turn turn = turn(redactor.redact(line));
        Optional<String> alert = alerts.alertIn(line, null);
        show(alert.isPresent() ? copilot.alert(turn, alert.get()) : copilot.respond(turn), out);
        deliverSupport(out);
    }

    /** What the support flow decided goes to both channels here, marked with where it would go. */
    private void deliverSupport(PrintStream out) {
        for (Reply reply : support.deliver(out)) {
            if (!reply.buttons().isEmpty()) {
                buttons = reply.buttons();
            }
        }
    }

    private Turn turn(String text) {
        // One conversation per console channel, like one Slack thread per incident.
        return new Turn(CHANNEL_ID + "-" + channel.label(), "", label(role), role, channel, text);
    }

    private void show(List<Reply> replies, PrintStream out) {
        for (Reply reply : replies) {
            print(reply, out);
            buttons = reply.buttons();
        }
    }

    static void print(Reply reply, PrintStream out) {
        String[] lines = ChannelRef.plain(UserRef.plain(reply.text())).split("\n", -1);
        out.println("ducky> " + lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.println("       " + lines[i]);
        }
        for (Citation citation : reply.citations()) {
            out.println("  source: " + citation.label() + " (" + (citation.url() != null ? citation.url() : citation.id())
                    + ")");
        }
        for (Link link : reply.links()) {
            out.println("  open: " + link.label() + " " + link.url());
        }
        if (!reply.buttons().isEmpty()) {
            StringBuilder row = new StringBuilder("  ");
            for (int i = 0; i < reply.buttons().size(); i++) {
                row.append("[").append(i + 1).append("] ").append(reply.buttons().get(i).action().label()).append("  ");
            }
            out.println(row.toString().stripTrailing());
        }
        out.println("  · " + reply.trace().toLine());
    }

    private void command(String line, BufferedReader in, PrintStream out) throws IOException {
        String[] words = line.split("\\s+");
        String arg = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
        switch (words[0]) {
            case "/as" -> {
                try {
                    role = Role.valueOf(arg);
                    out.println("(you are now the " + label(role) + ")");
                } catch (IllegalArgumentException e) {
                    out.println("(usage: /as responder|support|dev)");
                }
            }
            case "/channel" -> {
                try {
                    channel = ChannelKind.valueOf(arg);
                    out.println("(you are now in the " + channel.label() + " channel)");
                } catch (IllegalArgumentException e) {
                    out.println("(usage: /channel incident|support)");
                }
            }
            case "/click" -> click(words.length > 1 ? words[1] : "", in, out);
            case "/help" -> out.println("(/as responder|support|dev · /channel incident|support · /click N · /quit;"
                    + " in the incident channel, /as dev answers support's questions)");
            default -> out.println("(unknown console command " + words[0] + "; /help lists them)");
        }
    }

    private void click(String number, BufferedReader in, PrintStream out) throws IOException {
        int index;
        try {
            index = Integer.parseInt(number) - 1;
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= buttons.size()) {
            out.println("(there is no button " + number + " to press)");
            return;
        }
        Button button = buttons.get(index);
        if (button.action() == Button.Action.SUPPORT_EDIT) {
            support.edit(turn(""), button, in, out);
        } else {
            show(copilot.click(turn(""), button), out);
        }
        deliverSupport(out);
    }

    private static String label(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
