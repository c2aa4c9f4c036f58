package dev.ducky.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What changed between two confirmed answers, sentence by sentence, so support sees it at a glance. */
final class AnswerChanges {
    private AnswerChanges() {
    }

    /** Sentences added and removed, one per line. */
    static String between(String before, String after) {
        Set<String> old = sentences(before);
        Set<String> now = sentences(after);
        List<String> lines = new ArrayList<>();
        now.stream().filter(s -> !old.contains(s)).forEach(s -> lines.add("• added: " + s));
        old.stream().filter(s -> !now.contains(s)).forEach(s -> lines.add("• no longer: " + s));
        return lines.isEmpty() ? "• only the wording" : String.join("\n", lines);
    }

    private static Set<String> sentences(String text) {
        Set<String> sentences = new LinkedHashSet<>();
        for (String s : text.split("(?<=[.!?])\\s+")) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        return sentences;
    }
}
