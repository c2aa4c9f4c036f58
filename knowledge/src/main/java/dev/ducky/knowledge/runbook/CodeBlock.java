package dev.ducky.knowledge.runbook;

import java.util.Locale;
import java.util.Objects;

/**
 * A fenced or indented code block of a section: a command to show, or a query to demonstrate.
 *
 * @param language  the fence's language, lowercased ({@code promql}, {@code logql}, {@code bash}…), "" when untagged
 * @param code      the code as written, without the fence lines
 * @param startLine 1-based file line of the opening fence (or of the first indented line)
 */
public record CodeBlock(String language, String code, int startLine) {
    public CodeBlock {
        language = Objects.requireNonNull(language, "language").strip().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(code, "code");
        if (startLine < 1) {
            throw new IllegalArgumentException("startLine must be 1 or more: " + startLine);
        }
    }

    /** The language named by a fence's info string: its first word, e.g. {@code promql} in {@code promql title=x}. */
    static String languageOf(String info) {
        String stripped = info == null ? "" : info.strip();
        int space = stripped.indexOf(' ');
        String word = space < 0 ? stripped : stripped.substring(0, space);
        return word.startsWith("{") ? "" : word; // {.bash} style attributes are not a language we know
    }
}
