package dev.ducky.coach;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a runbook warning that what the human said runs into ("scaling out makes pool exhaustion worse"),
 * so Ducky can ask about it instead of correcting.
 */
final class Inconsistency {
    // Imperative warnings ("Do not scale…", "…: never purge…") and stated consequences ("makes it worse");
    // descriptive negations ("pods do not lose orders") are not warnings.
    private static final Pattern WARNING = Pattern.compile(
            "(^|[:;—–(]\\s*|\\bso\\s+)(do not|don't|never|avoid|must not|mustn't)\\b|\\b(makes?|making) (it|things|this|\\w+ \\w+) worse"
                    + "|\\bworse\\b|\\b(won't|will not|does not|doesn't) (help|restore|fix)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> STOP = Set.of("the", "a", "an", "to", "of", "and", "or", "in", "on", "it", "is",
            "be", "for", "with", "this", "that", "we", "i", "you", "they", "then", "if", "so", "at", "by", "as", "are",
            "was", "will", "its", "it's", "not", "do", "don't", "never", "can", "our", "from", "up", "out", "just", "all");
    static final int SHARED_WORDS = 2;

    private Inconsistency() {
    }

    /** The runbook warning sentence that shares at least two content words with the statement, if any. */
    static Optional<String> find(String statement, List<String> runbookTexts) {
        Set<String> said = words(statement);
        String best = null;
        int bestShared = SHARED_WORDS - 1;
        for (String text : runbookTexts) {
            for (String sentence : RunbookText.sentences(text)) {
                if (!WARNING.matcher(sentence).find()) {
                    continue;
                }
                Set<String> shared = words(sentence);
                shared.retainAll(said);
                if (shared.size() > bestShared) {
                    bestShared = shared.size();
                    best = sentence;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9'-]+")) {
            if (w.length() > 2 && !STOP.contains(w)) {
                words.add(stem(w));
            }
        }
        return words;
    }

    /** A crude stem so "scaling", "scale" and "scaled" meet. */
    private static String stem(String word) {
        String w = word.replaceAll("(ing|ed|es|s)$", "");
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }
}
