package dev.ducky.console;

import dev.ducky.copilot.ChannelKind;
import dev.ducky.copilot.Citation;
import dev.ducky.copilot.Copilot;
import dev.ducky.copilot.Reply;
import dev.ducky.copilot.Role;
import dev.ducky.copilot.Turn;
import dev.ducky.redaction.Redactor;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A channel in the terminal: each line is a message to Ducky, each reply is printed with its sources and
 * its trace. Lines starting with '/' steer the console itself (DESIGN.md, console conventions).
 */
@Singleton
public class ConsoleChannel {
    static final String CHANNEL_ID = "console";

    private final Copilot copilot;
    private final Redactor redactor;
    private Role role = Role.RESPONDER;
    private ChannelKind channel = ChannelKind.INCIDENT;
    private int turns;

    public ConsoleChannel(Copilot copilot, Redactor redactor) {
        this.copilot = copilot;
        this.redactor = redactor;
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
                command(line.strip(), out);
            } else {
                say(line, out);
            }
        }
    }

    private void say(String line, PrintStream out) {
        turns++;
        Turn turn = new Turn(CHANNEL_ID + "-" + channel.label(), "t" + turns, "you", role, channel,
                redactor.redact(line));
        for (Reply reply : copilot.respond(turn)) {
            print(reply, out);
        }
    }

    static void print(Reply reply, PrintStream out) {
        String[] lines = reply.text().split("\n", -1);
        out.println("ducky> " + lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.println("       " + lines[i]);
        }
        for (Citation citation : reply.citations()) {
            out.println("  source: " + citation.label() + " (" + (citation.url() != null ? citation.url() : citation.id())
                    + ")");
        }
        out.println("  · " + reply.trace().toLine());
    }

    private void command(String line, PrintStream out) {
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
            case "/click" -> out.println("(there is no button " + (words.length > 1 ? words[1] : "") + " to press)");
            case "/help" -> out.println("(/as responder|support|dev · /channel incident|support · /click N · /quit)");
            default -> out.println("(unknown console command " + words[0] + "; /help lists them)");
        }
    }

    private static String label(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
