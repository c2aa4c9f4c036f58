package dev.ducky.evals.replay;

import java.util.Map;
import java.util.Objects;

/**
 * One thing a human (or an alerting bot) does in a replayed incident: say something, press one of Ducky's
 * buttons, or submit a modal. Sending the same turn twice is Slack redelivering it: it keeps its id.
 *
 * @param id       the delivery's own id (Slack's event_id, the inbox key)
 * @param kind     what is done
 * @param as       who does it
 * @param channel  where
 * @param text     what is said (empty for a click or a submission)
 * @param mention  whether Ducky is @-mentioned
 * @param inThread whether it is said in the conversation's thread in that channel (the first such turn
 *                 starts the thread) rather than as a top-level message of its own
 * @param button   the button pressed ({@link Kind#CLICK})
 * @param fields   the modal's fields ({@link Kind#SUBMISSION})
 */
public record ReplayTurn(String id, Kind kind, Speaker as, ChannelKind channel, String text, boolean mention,
                         boolean inThread, BotButton button, Map<String, String> fields) {
    /** What a turn does. */
    public enum Kind { MESSAGE, CLICK, SUBMISSION }

    public ReplayTurn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(as, "as");
        Objects.requireNonNull(channel, "channel");
        text = text == null ? "" : text;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        if (kind == Kind.CLICK && button == null) {
            throw new IllegalArgumentException("a click needs the button pressed");
        }
        if (kind == Kind.SUBMISSION && fields.isEmpty()) {
            throw new IllegalArgumentException("a modal submission needs its fields");
        }
    }

    public static ReplayTurn message(String id, Speaker as, ChannelKind channel, String text, boolean mention,
                                     boolean inThread) {
        return new ReplayTurn(id, Kind.MESSAGE, as, channel, text, mention, inThread, null, null);
    }

    public static ReplayTurn click(String id, Speaker as, ChannelKind channel, BotButton button) {
        return new ReplayTurn(id, Kind.CLICK, as, channel, "", false, true, button, null);
    }

    public static ReplayTurn submission(String id, Speaker as, ChannelKind channel, Map<String, String> fields) {
        return new ReplayTurn(id, Kind.SUBMISSION, as, channel, "", false, true, null, fields);
    }
}
