package dev.ducky.prompts.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a message the way the guard needs: its code, its sentences, and the words that are the model's own. */
final class Wording {
    private static final Pattern FENCED = Pattern.compile("(?s)```[a-zA-Z]*\\n?(.*?)(?:```|$)");
    private static final Pattern INLINE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”\\n]{3,})[\"”]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:\\d+[.)]|[-*•])\\s+");
    private static final int SHORTEST_MASKED = 6;

    private Wording() {
    }

    /** The code the message shows: fenced blocks and inline spans. */
    static List<String> code(String text) {
        List<String> code = new ArrayList<>();
        Matcher fenced = FENCED.matcher(text);
        while (fenced.find()) {
            code.add(fenced.group(1));
        }
        Matcher inline = INLINE.matcher(FENCED.matcher(text).replaceAll(" "));
        while (inline.find()) {
            code.add(inline.group(1));
        }
        return code;
    }

    static String withoutCode(String text) {
        return INLINE.matcher(FENCED.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    /**
     * The model's own words: the message without code, and without every line or quotation it was given (the
     * humans' words, the runbook's, the offline wording). Rules about what Ducky says apply to these only.
     */
    static String ownWords(String text, Collection<String> given) {
        String own = normalize(withoutCode(text), false);
        String allGiven = normalize(String.join("\n", given), true);
        Matcher quoted = QUOTED.matcher(own);
        own = quoted.replaceAll(m -> allGiven.contains(normalize(m.group(1), true)) ? " … " : Matcher.quoteReplacement(m.group()));
        List<String> lines = new ArrayList<>();
        for (String value : given) {
            Arrays.stream(value.split("\n")).map(line -> normalize(LIST_MARKER.matcher(line).replaceFirst(""), false).strip())
                    .filter(line -> line.length() >= SHORTEST_MASKED).forEach(lines::add);
        }
        lines.sort((a, b) -> b.length() - a.length());
        for (String line : lines) {
            own = own.replace(line, " … ");
        }
        return own;
    }

    static List<String> sentences(String text) {
        return Arrays.stream(SENTENCE_END.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static boolean isQuestion(String sentence) {
        return sentence.endsWith("?");
    }

    /** Lower case, no mrkdwn emphasis or backticks, runs of spaces as one (newlines too when {@code flat}). */
    static String normalize(String text, boolean flat) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("[*_`]", "").replace('’', '\'');
        return flat ? plain.replaceAll("\\s+", " ").strip() : plain.replaceAll("[ \\t]+", " ");
    }
}
