package dev.ducky.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A channel mentioned in text, written {@code #{id}} inside Ducky so each channel renders it its own way (Slack as a
 * link to the channel, the console as {@code #id}). Slack delivers channel mentions as {@code <#C123|name>}.
 */
public final class ChannelRef {
    public static final Pattern PATTERN = Pattern.compile("#\\{([A-Za-z0-9._-]+)}");
    // A label stops at "<" as well as ">" (Slack escapes both in text), so unclosed mentions are read once.
    private static final Pattern SAID = Pattern.compile("<#([A-Z0-9]++)(?:\\|[^<>]*+)?>|#\\{?([A-Za-z0-9._-]++)}?");

    private ChannelRef() {
    }

    public static String of(String channelId) {
        return "#{" + channelId + "}";
    }

    /** The channel ids mentioned in what a human said, in order. */
    public static List<String> in(String text) {
        List<String> ids = new ArrayList<>();
        Matcher m = SAID.matcher(text);
        while (m.find()) {
            ids.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return ids;
    }

    /** What a human said, without its channel mentions. */
    public static String without(String text) {
        return SAID.matcher(text).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
    }

    /** Plain-text rendering: {@code #{C123}} becomes {@code #C123}. */
    public static String plain(String text) {
        return PATTERN.matcher(text).replaceAll("#$1");
    }
}
