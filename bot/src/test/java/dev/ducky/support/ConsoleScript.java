package dev.ducky.support;

import dev.ducky.console.ConsoleChannel;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drives the console channel one line at a time and reads Ducky's replies back from what it prints. */
public final class ConsoleScript {
    private static final Pattern TRACE = Pattern.compile("^  · move=(\\S+) stage=(\\S+) channel=\\S+ cited=(\\S+)");

    /** One printed reply: its text (with sources and buttons) and its trace. */
    public record Printed(String text, String move, String stage, String cited) {
    }

    private final ConsoleChannel console;

    public ConsoleScript(ConsoleChannel console) {
        this.console = console;
    }

    /** Sends one line; returns the replies it printed (empty when Ducky stayed silent). */
    public List<Printed> say(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            console.run(new BufferedReader(new StringReader(line + "\n")), new PrintStream(out, true,
                    StandardCharsets.UTF_8), false);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        List<Printed> replies = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String printed : out.toString(StandardCharsets.UTF_8).lines().skip(1).toList()) {
            Matcher trace = TRACE.matcher(printed);
            if (trace.find()) {
                replies.add(new Printed(text.toString(), trace.group(1), trace.group(2), trace.group(3)));
                text.setLength(0);
            } else {
                text.append(printed).append('\n');
            }
        }
        return replies;
    }

    /** Sends one line that must get exactly one reply, and returns it. */
    public Printed one(String line) {
        List<Printed> replies = say(line);
        if (replies.size() != 1) {
            throw new AssertionError("expected one reply to \"" + line + "\", got " + replies);
        }
        return replies.get(0);
    }
}
