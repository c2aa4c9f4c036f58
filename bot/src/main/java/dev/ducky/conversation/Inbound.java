package dev.ducky.conversation;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.Objects;

/**
 * Something that reached Ducky and is for Ducky — from Slack, the console or a replay — in the shape the inbox
 * keeps it. It is the one input of the copilot's front door.
 *
 * @param key      the delivery's own id: event_id for events, trigger_id for slash commands and forms, the
 *                 action's ts and id for clicks; a redelivery has the same key
 * @param kind     what kind of delivery it was
 * @param channel  channel id
 * @param threadTs the thread to answer in; null for a top-level message that answers in the channel
 * @param user     who sent it
 * @param text     what they said, without Ducky's mention (for a click: the button's value)
 * @param detail   the alert's name (ALERT), the button's action id (CLICK), the form's reference (FORM);
 *                 null otherwise
 * @param trigger  Slack's trigger id of a click, which may open a modal within seconds; null otherwise
 * @param role     the speaker's role where the channel knows it (the console's {@code /as}); null: decided by
 *                 the channel it was said in
 * @param fields   a submitted form's values by field name; kept as typed (a developer confirms them)
 */
public record Inbound(String key, Kind kind, String channel, @Nullable String threadTs, String user, String text,
                      @Nullable String detail, @Nullable String trigger, @Nullable Role role,
                      Map<String, String> fields) {
    /**
     * OBSERVED is a channel message not for Ducky that holds a code block to learn from; FORM is a submitted
     * modal; HOME is someone opening Ducky's App Home.
     */
    public enum Kind { MENTION, THREAD_ANSWER, COMMAND, ALERT, CLICK, OBSERVED, FORM, HOME }

    public Inbound(String key, Kind kind, String channel, String threadTs, String user, String text) {
        this(key, kind, channel, threadTs, user, text, null, null, null, Map.of());
    }

    public Inbound(String key, Kind kind, String channel, String threadTs, String user, String text, String detail) {
        this(key, kind, channel, threadTs, user, text, detail, null, null, Map.of());
    }

    public Inbound {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        user = user == null ? "integration" : user;
        text = text == null ? "" : text;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A button pressed on one of Ducky's messages; {@code trigger} may open a modal for a few seconds. */
    public static Inbound click(String key, String channel, String threadTs, String user, Button button,
                                @Nullable String trigger) {
        return new Inbound(key, Kind.CLICK, channel, threadTs, user, button.value(), button.action().id(), trigger,
                null, Map.of());
    }

    /** A filled-in form (an edit modal's submission). */
    public static Inbound form(String key, String channel, String user, Form.Filled form) {
        return new Inbound(key, Kind.FORM, channel, null, user, "", form.reference(), null, null, form.values());
    }

    /** The same delivery with its text replaced (e.g. redacted before it is stored). */
    public Inbound withText(String newText) {
        return new Inbound(key, kind, channel, threadTs, user, newText, detail, trigger, role, fields);
    }

    /** The same delivery said in a role the channel knows. */
    public Inbound as(Role speaker) {
        return new Inbound(key, kind, channel, threadTs, user, text, detail, trigger, speaker, fields);
    }

    /** The button a CLICK pressed. */
    public Button button() {
        if (kind != Kind.CLICK) {
            throw new IllegalStateException("not a click: " + kind);
        }
        return new Button(Button.Action.ofId(detail), text);
    }
}
