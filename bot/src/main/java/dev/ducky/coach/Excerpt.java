package dev.ducky.coach;

import java.util.ArrayList;
import java.util.List;

/**
 * The first few lines of a runbook section: enough to show where the answer is, never the whole runbook.
 */
final class Excerpt {
    static final int MAX_LINES = 4;
    static final int MAX_CHARS = 400;
    private static final String FENCE = "```";

    private Excerpt() {
    }

    static String of(String sectionText) {
        List<String> kept = new ArrayList<>();
        int chars = 0;
        boolean inCode = false;
        boolean truncated = false;
        for (String line : sectionText.strip().split("\n")) {
            if (line.isBlank() && !inCode) {
                continue;
            }
            if (kept.size() >= MAX_LINES || chars + line.length() > MAX_CHARS) {
                truncated = true;
                break;
            }
            kept.add(line);
            chars += line.length();
            if (line.strip().startsWith(FENCE)) {
                inCode = !inCode;
            }
        }
        if (kept.isEmpty() && !sectionText.isBlank()) {
            String first = sectionText.strip();
            return first.substring(0, Math.min(first.length(), MAX_CHARS)) + "…";
        }
        if (inCode) {
            kept.add(FENCE);
        }
        if (truncated) {
            kept.add("…");
        }
        return String.join("\n", kept);
    }
}
