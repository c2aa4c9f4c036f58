package dev.ducky.coach;

import java.util.ArrayList;
import java.util.List;

/**
 * The first few lines of a runbook section: enough to show where the answer is, never the whole runbook.
 */
final class Excerpt {
    static final int MAX_LINES = 4;
    static final int MAX_CHARS = 400;
    static final int MAX_CODE_LINES = 8;
    private static final String FENCE = "```";

    private Excerpt() {
    }

    static String of(String sectionText) {
        List<String> kept = new ArrayList<>();
        int chars = 0;
        int openFence = -1;
        boolean truncated = false;
        for (String line : InjectedText.strip(sectionText).strip().split("\n")) {
            if (line.isBlank() && openFence < 0) {
                continue;
            }
            // A code block is shown whole or not at all: half a query is worse than none.
            boolean limit = openFence < 0 && (kept.size() >= MAX_LINES || chars + line.length() > MAX_CHARS);
            if (limit || kept.size() >= MAX_LINES + MAX_CODE_LINES) {
                truncated = true;
                break;
            }
            if (line.strip().startsWith(FENCE)) {
                openFence = openFence < 0 ? kept.size() : -1;
            }
            kept.add(line);
            chars += line.length();
        }
        if (kept.isEmpty() && !sectionText.isBlank()) {
            String first = sectionText.strip();
            return first.substring(0, Math.min(first.length(), MAX_CHARS)) + "…";
        }
        if (openFence >= 0) {
            kept = new ArrayList<>(kept.subList(0, openFence));
            truncated = true;
        }
        if (truncated) {
            kept.add("…");
        }
        return String.join("\n", kept);
    }
}
