package dev.ducky.console;

import dev.ducky.conversation.Button;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Form;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Message;
import dev.ducky.conversation.Role;
import dev.ducky.copilot.FrontDoor;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A channel in the terminal: each line is a message to Ducky, through the same front door as Slack's (a line an
 * alerting integration would post, {@code [FIRING:1] …}, arrives as that alert). Lines starting with '/' steer
 * the console itself (DESIGN.md, console conventions).
 */
@Singleton
public class ConsoleChannel {
    private final FrontDoor frontDoor;
    private final ConsoleCourier courier = new ConsoleCourier();
    private Role role = Role.RESPONDER;
    private ChannelKind channel = ChannelKind.INCIDENT;

    public ConsoleChannel(FrontDoor frontDoor) {
        this.frontDoor = frontDoor;
    }

    public void as(Role role) {
        this.role = role;
    }

    /** Reads until end of input or /quit. */
    public void run(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
        ConsoleInput input = new ConsoleInput(in, out, interactive);
        out.println("Ducky console: you are the " + label(role) + " in an " + channel.label()
                + " channel. /help lists the console commands.");
        while (true) {
            courier.at(out, channelId());
            String line = input.next(label(role) + "> ");
            if (line == null || line.strip().equals("/quit")) {
                return;
            }
            if (line.strip().startsWith("/")) {
                command(line.strip(), input, out);
            } else {
                say(line);
            }
        }
    }

    private void say(String line) {
        String id = UUID.randomUUID().toString();
        // Every line in the terminal is said to Ducky, as if it mentioned it; the terminal has no threads, so each
        // channel is one conversation (the thread "").
        frontDoor.accept(new Message(id, channelId(), "", null, label(role), null, line, true, role))
                .ifPresent(inbound -> frontDoor.answer(inbound.key(), courier));
    }

    private void answer(Inbound inbound) {
        if (frontDoor.accept(inbound)) {
            frontDoor.answer(inbound.key(), courier);
        }
    }

    private String channelId() {
        return ConsoleCourier.CHANNELS + channel.label();
    }

    private void command(String line, ConsoleInput input, PrintStream out) throws IOException {
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
            case "/click" -> click(words.length > 1 ? words[1] : "", input, out);
            case "/help" -> out.println("(/as responder|support|dev · /channel incident|support · /click N · /quit;"
                    + " in the incident channel, /as dev answers support's questions)");
            default -> out.println("(unknown console command " + words[0] + "; /help lists them)");
        }
    }

    private void click(String number, ConsoleInput input, PrintStream out) throws IOException {
        List<Button> buttons = courier.buttons();
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
        String id = UUID.randomUUID().toString();
        answer(Inbound.click(id, channelId(), null, label(role), buttons.get(index), null).as(role));
        Form form = courier.takeForm();
        if (form != null) {
            Optional<Form.Filled> filled = new ConsoleEditDialog(input, out, frontDoor).fill(form);
            filled.ifPresent(f -> answer(Inbound.form(UUID.randomUUID().toString(), channelId(), label(role), f)
                    .as(role)));
        }
    }

    private static String label(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
