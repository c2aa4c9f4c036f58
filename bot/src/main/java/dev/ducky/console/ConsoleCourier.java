package dev.ducky.console;

import dev.ducky.config.Environments;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.ChannelRef;
import dev.ducky.conversation.Citation;
import dev.ducky.conversation.Courier;
import dev.ducky.conversation.Form;
import dev.ducky.conversation.Home;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Link;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.UserRef;
import java.io.PrintStream;
import java.util.List;

/**
 * Carries out what Ducky decided, in the terminal: each message printed with its sources, buttons and trace,
 * marked with where it would go when that is not the channel you are in. The console has no threads: each
 * channel is one conversation.
 */
final class ConsoleCourier implements Courier {
    static final String CHANNELS = Environments.CONSOLE_CHANNELS;

    private PrintStream out = System.out;
    private String here = "";
    private List<Button> buttons = List.of();
    private Form form;

    /** Where it prints, and which channel you are in. */
    void at(PrintStream where, String channel) {
        this.out = where;
        this.here = channel;
    }

    /** The buttons of the latest message that offered any: what {@code /click N} presses. */
    List<Button> buttons() {
        return buttons;
    }

    /** The form a click asked to open, once. */
    Form takeForm() {
        Form opened = form;
        form = null;
        return opened;
    }

    @Override
    public boolean serves(String channel) {
        return channel.startsWith(CHANNELS);
    }

    @Override
    public String post(String stepId, String channel, String threadTs, Reply reply) {
        if (!channel.equals(here)) {
            out.println("(to the " + label(channel) + " channel)");
        }
        print(reply);
        return "";
    }

    @Override
    public void postOnlyTo(String stepId, String channel, String threadTs, String user, Reply reply) {
        out.println("(to the " + label(channel) + " channel, only " + user + " sees this)");
        print(reply);
    }

    @Override
    public void open(Inbound click, Form opened) {
        this.form = opened;
    }

    @Override
    public void refuse(Inbound submission, List<String> problems) {
        problems.forEach(p -> out.println("  (not sent: " + p + ")"));
    }

    @Override
    public void showHome(String user, Home home) {
        home.incidents().forEach(line -> out.println("  " + line));
    }

    private void print(Reply reply) {
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
            buttons = reply.buttons();
            StringBuilder row = new StringBuilder("  ");
            for (int i = 0; i < buttons.size(); i++) {
                row.append("[").append(i + 1).append("] ").append(buttons.get(i).action().label()).append("  ");
            }
            out.println(row.toString().stripTrailing());
        }
        out.println("  · " + reply.trace().toLine());
    }

    private static String label(String channel) {
        return channel.startsWith(CHANNELS) ? channel.substring(CHANNELS.length()) : channel;
    }
}
