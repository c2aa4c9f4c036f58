package dev.ducky.evals.slackexport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one channel of a Slack export into a scenario skeleton: every human and integration message as a
 * turn, Ducky's own messages as comments, and a place for each expectation. A person completes it (roles,
 * mentions, expectations); as written it already loads and replays, checking only the rules.
 */
public final class SlackExportImporter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_CONVERSATION = Set.of("channel_join", "channel_leave", "channel_topic",
            "channel_purpose", "channel_name", "channel_archive", "channel_unarchive", "pinned_item", "unpinned_item",
            "bot_add", "bot_remove", "reminder_add", "group_join", "group_leave", "message_deleted", "tombstone");
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** The skeleton, and what went into it. */
    public record Skeleton(String yaml, int turns, int duckyMessages, int skipped) {
    }

    private SlackExportImporter() {
    }

    /**
     * @param redact applied to every text before it is written (the bot passes its redactor)
     */
    public static Skeleton importChannel(SlackExport export, String channel, UnaryOperator<String> redact) {
        List<ExportMessage> messages = export.messages(channel);
        String name = channel.startsWith("#") ? channel.substring(1) : channel;
        String mainThread = messages.stream().filter(ExportMessage::isReply).map(ExportMessage::threadTs)
                .findFirst().orElse(null);
        String span = messages.isEmpty() ? "no messages" : day(messages.get(0)) + " to "
                + day(messages.get(messages.size() - 1));
        StringBuilder yaml = new StringBuilder()
                .append("# Imported from a Slack export by `ducky import-slack`: #").append(name).append(", ")
                .append(span).append(".\n")
                .append("# To complete: a title; who each person was (as: responder | support | dev); where they\n")
                .append("# spoke to Ducky (start the text with @ducky); what Ducky should do after each turn\n")
                .append("# (expect:). Review the text for personal data first. The format is in evals/README.md.\n")
                .append("title: ").append(quoted("TODO: what happened in #" + name)).append('\n')
                .append("source: ").append(quoted("Slack export of #" + name + ", " + span)).append('\n')
                .append("tags: [imported]\n")
                .append("turns:\n");
        int turns = 0;
        int ducky = 0;
        int skipped = 0;
        for (ExportMessage m : messages) {
            if (m.subtype() != null && NOT_CONVERSATION.contains(m.subtype())) {
                skipped++;
                continue;
            }
            String when = TIME.format(Instant.ofEpochMilli((long) (m.seconds() * 1000))) + " UTC";
            if (isDucky(export, m)) {
                ducky++;
                yaml.append("  # ").append(when).append(" Ducky said: ")
                        .append(quoted(firstLine(redact.apply(plain(export, m.text()))))).append('\n');
                continue;
            }
            turns++;
            boolean mention = mentionsDucky(export, m.text());
            String text = redact.apply(plain(export, m.text()));
            boolean inMainThread = mainThread != null && (mainThread.equals(m.ts()) || mainThread.equals(m.threadTs()));
            yaml.append("  # ").append(when).append(' ').append(m.author())
                    .append(m.isReply() && !inMainThread ? " (a reply in another thread)" : "").append('\n');
            yaml.append("  - ").append(m.isBot() ? "as: alerting\n    " : "");
            yaml.append("text: ").append(quoted((mention ? "@ducky " : "") + text)).append('\n');
            if (!inMainThread) {
                yaml.append("    thread: false\n");
            }
            yaml.append("    # expect: { move: …, cites: […], asks: true }   or   expect: silence\n");
        }
        return new Skeleton(yaml.toString(), turns, ducky, skipped);
    }

    private static boolean isDucky(SlackExport export, ExportMessage m) {
        return (m.user() != null && export.isDucky(m.user()))
                || (m.isBot() && m.author().toLowerCase(Locale.ROOT).contains("ducky"));
    }

    private static boolean mentionsDucky(SlackExport export, String markup) {
        Matcher mentions = MENTION.matcher(markup);
        while (mentions.find()) {
            if (export.isDucky(mentions.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Plain text, Ducky's own mention removed (the turn says "@ducky" itself). */
    private static String plain(SlackExport export, String markup) {
        return SlackText.plain(markup, id -> export.isDucky(id) ? "" : "@" + export.nameOf(id));
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\n", 2)[0];
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }

    private static String day(ExportMessage m) {
        return DAY.format(Instant.ofEpochMilli((long) (m.seconds() * 1000)));
    }

    /** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
    static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
