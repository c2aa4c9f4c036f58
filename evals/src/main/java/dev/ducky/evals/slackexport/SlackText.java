package dev.ducky.evals.slackexport;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slack's message markup turned back into what people read: names instead of ids, links as text. */
final class SlackText {
    // Slack escapes "<" and ">" in text, so a label ends before the next "<" too: an unclosed one is read once.
    private static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]++)(?:\\|([^<>]*+))?>");
    private static final Pattern CHANNEL = Pattern.compile("<#C[A-Z0-9]++\\|([^<>]*+)>");
    private static final Pattern LINK = Pattern.compile("<((?:https?|mailto):[^|>]+)(?:\\|([^>]*))?>");
    private static final Pattern SPECIAL = Pattern.compile("<!(here|channel|everyone)(?:\\|[^>]*)?>");

    private SlackText() {
    }

    /** Plain text; {@code mention} says what a user mention becomes, by user id. */
    static String plain(String markup, Function<String, String> mention) {
        String text = replace(USER, markup, m -> mention.apply(m.group(1)));
        text = replace(CHANNEL, text, m -> "#" + m.group(1));
        text = replace(LINK, text, m -> m.group(2) != null && !m.group(2).equals(m.group(1))
                ? m.group(2) + " (" + m.group(1) + ")" : m.group(1));
        text = replace(SPECIAL, text, m -> "@" + m.group(1));
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("[ \t]{2,}", " ")
                .strip();
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement.apply((Matcher) m)));
    }
}
