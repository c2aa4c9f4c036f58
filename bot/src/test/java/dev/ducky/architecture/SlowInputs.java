package dev.ducky.architecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages written to make a regular expression backtrack: long runs of what patterns repeat, with the one
 * character that makes the match fail at the very end. Each is as long as the longest message Slack delivers.
 */
final class SlowInputs {
    /** Slack cuts a message's text at 40,000 characters. */
    static final int LENGTH = 40_000;

    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:[pP]\\{\\w++}|.)");
    private static final Pattern LITERAL_WORD = Pattern.compile("[A-Za-z]{3,}+");

    private SlowInputs() {
    }

    /** Inputs that trouble any pattern: runs of spaces, dotted words, one long word, symbols. */
    static Map<String, String> generic() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("spaces then !", " ".repeat(LENGTH) + "!");
        inputs.put("a.a.a.", fill("a."));
        inputs.put("a.a.a. then !", fill("a.") + "!");
        inputs.put("aaaa then !", "a".repeat(LENGTH) + "!");
        inputs.put("@@@", "@".repeat(LENGTH));
        inputs.put("a@a@a@", fill("a@"));
        inputs.put(":/:/", fill(":/"));
        inputs.put("a://a:a", fill("a://a:a"));
        inputs.put("x-x-x", fill("x-"));
        inputs.put("digits with spaces", fill("1 "));
        inputs.put("digits and dashes", fill("4-"));
        inputs.put("nested brackets", "[".repeat(LENGTH / 4) + "(".repeat(LENGTH / 4) + "{".repeat(LENGTH / 4)
                + "<".repeat(LENGTH / 4));
        inputs.put("unclosed mentions", fill("<@U1|a"));
        inputs.put("unclosed channels", fill("<#C1|a"));
        inputs.put("unclosed braces", fill("@{a"));
        inputs.put("unclosed fences", fill("```a "));
        inputs.put("unclosed quotes", fill("\"a '"));
        inputs.put("key=value runs", fill("a=a:"));
        inputs.put("tabs and newlines", fill(" \t\n"));
        inputs.put("mixed unicode", fill("é日本😀 ü\u00a0ß "));
        inputs.put("camelCase", fill("aB"));
        inputs.put("words then ?", fill("word ") + "?");
        return inputs;
    }

    /**
     * Inputs built from the words a pattern itself spells out ({@code triggered}, {@code bearer}), since most
     * backtracking only begins once such a word has matched.
     */
    static Map<String, String> seededBy(Pattern pattern) {
        List<String> words = new ArrayList<>();
        Matcher word = LITERAL_WORD.matcher(ESCAPE.matcher(pattern.pattern()).replaceAll(" "));
        while (word.find()) {
            if (!words.contains(word.group())) {
                words.add(word.group());
            }
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        if (!words.isEmpty()) {
            inputs.put("its first word then spaces", words.get(0) + " ".repeat(LENGTH) + "x");
            inputs.put("its words", cycle(words, " "));
            inputs.put("its words then spaces", cycle(words, " ".repeat(200) + "! "));
            inputs.put("its words then a.a.", cycle(words, " " + "a.".repeat(100) + "! "));
            inputs.put("its words then digits", cycle(words, " " + "1 ".repeat(100) + "! "));
        }
        return inputs;
    }

    private static String fill(String unit) {
        return unit.repeat(LENGTH / unit.length());
    }

    private static String cycle(List<String> words, String after) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < LENGTH; i++) {
            text.append(words.get(i % words.size())).append(after);
        }
        return text.toString();
    }
}
