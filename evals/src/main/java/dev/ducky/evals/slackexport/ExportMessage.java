package dev.ducky.evals.slackexport;

import java.util.Objects;

/**
 * One message of a channel in a Slack export, as far as a scenario needs it.
 *
 * @param ts        its timestamp, which is also its id
 * @param threadTs  the thread it belongs to (its own ts when it starts one); null when it is in none
 * @param user      the author's user id, null for integrations
 * @param author    the author's name, as people saw it
 * @param subtype   Slack's subtype (bot_message, channel_join…); null for plain messages
 * @param botId     the integration's bot id, for bot messages
 * @param text      the text, with attachment titles and texts appended (alerts put everything there)
 */
public record ExportMessage(String ts, String threadTs, String user, String author, String subtype, String botId,
                            String text) {
    public ExportMessage {
        Objects.requireNonNull(ts, "ts");
        text = text == null ? "" : text;
    }

    public boolean isBot() {
        return botId != null || "bot_message".equals(subtype);
    }

    /** A reply inside a thread (not the thread's first message). */
    public boolean isReply() {
        return threadTs != null && !threadTs.equals(ts);
    }

    public double seconds() {
        return Double.parseDouble(ts);
    }
}
