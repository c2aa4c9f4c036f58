package dev.ducky.support;

import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What changed between two confirmed answers, sentence by sentence, so support sees it at a glance. */
final class AnswerChanges {
    private AnswerChanges() {
    }

    /** Sentences added and removed, one per line. */
    static String between(String before, String after, Templates templates) {
        Set<String> old = sentences(before);
        Set<String> now = sentences(after);
        List<String> lines = new ArrayList<>();
        now.stream().filter(s -> !old.contains(s))
                .forEach(s -> lines.add(templates.render(Part.CHANGE_ADDED, Map.of("sentence", s))));
        old.stream().filter(s -> !now.contains(s))
                .forEach(s -> lines.add(templates.render(Part.CHANGE_REMOVED, Map.of("sentence", s))));
        return lines.isEmpty() ? templates.render(Part.CHANGE_WORDING_ONLY, Map.of()) : String.join("\n", lines);
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
