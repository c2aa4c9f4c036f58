package dev.ducky.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first few lines of a runbook section: enough to show where the answer is, never the whole runbook. It is cut
 * between lines (or, for one long paragraph, after a sentence), never mid-sentence, and it always carries the
 * section's warnings and scope conditions ("never…", "only for…", "before…") from the part left out, since a
 * step shown without the line that limits it can back exactly the plan the runbook forbids.
 */
final class Excerpt {
    static final int MAX_LINES = 4;
    static final int MAX_CHARS = 400;
    static final int MAX_CODE_LINES = 8;
    static final int MAX_WARNINGS = 3;
    private static final String FENCE = "```";
    private static final String CUT = "…";
    /** Lines that limit a step; possessive and bounded by line length, so linear on any runbook. */
    private static final Pattern WARNING = Pattern.compile("(?i)\\b(?:never|don'?t|do not|must not|mustn'?t|"
            + "should not|shouldn'?t|only|unless|before|except|warning|caution|careful|danger|important)\\b"
            + "|^\\s*+(?:>\\s*+)?(?:\\[!(?:warning|caution|important)]|!!!\\s*+(?:warning|danger|caution)"
            + "|:warning:|⚠)");

    private Excerpt() {
    }

    static String of(String sectionText) {
        List<String> lines = List.of(InjectedText.strip(sectionText).strip().split("\n"));
        List<String> kept = new ArrayList<>();
        int chars = 0;
        int openFence = -1;
        int next = 0;
        for (; next < lines.size(); next++) {
            String line = lines.get(next);
            if (line.isBlank() && openFence < 0) {
                continue;
            }
            // A code block is shown whole or not at all: half a query is worse than none.
            boolean limit = openFence < 0 && (kept.size() >= MAX_LINES || chars + line.length() > MAX_CHARS);
            if (limit || kept.size() >= MAX_LINES + MAX_CODE_LINES) {
                break;
            }
            if (line.strip().startsWith(FENCE)) {
                openFence = openFence < 0 ? kept.size() : -1;
            }
            kept.add(line);
            chars += line.length();
        }
        if (openFence >= 0) {
            next -= kept.size() - openFence;
            kept = new ArrayList<>(kept.subList(0, openFence));
        }
        if (kept.isEmpty() && next < lines.size()) {
            kept.add(sentences(lines.get(next).strip(), MAX_CHARS));
            next++;
        }
        if (next < lines.size()) {
            kept.add(CUT);
            kept.addAll(warnings(lines.subList(next, lines.size())));
        }
        return String.join("\n", kept);
    }

    /** The warning lines of what was left out, outside code blocks, each cut after a sentence if long. */
    private static List<String> warnings(List<String> rest) {
        List<String> found = new ArrayList<>();
        boolean inCode = false;
        for (String line : rest) {
            if (line.strip().startsWith(FENCE)) {
                inCode = !inCode;
            } else if (!inCode && !line.isBlank() && WARNING.matcher(line).find()) {
                found.add(sentences(line, MAX_CHARS / 2));
                if (found.size() == MAX_WARNINGS) {
                    break;
                }
            }
        }
        return found;
    }

    /** The text, or its sentences that fit in {@code max} characters (at least the first, cut with … if it must). */
    static String sentences(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = -1;
        for (int i = text.indexOf(". "); i >= 0 && i < max; i = text.indexOf(". ", i + 1)) {
            end = i + 1;
        }
        if (end > 0) {
            return text.substring(0, end) + " " + CUT;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > 0 ? space : max - 1) + CUT;
    }
}
