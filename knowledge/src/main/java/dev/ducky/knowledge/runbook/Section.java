package dev.ducky.knowledge.runbook;

import java.util.List;
import java.util.Objects;

/**
 * One section of a runbook: a heading of level 1 to 3 and everything up to the next such heading.
 *
 * @param id         stable id and citation, {@code path#anchor}
 * @param path       the runbook file, relative to its runbook directory, '/' separators
 * @param anchor     GitHub-style slug of the heading, unique within the file
 * @param heading    the heading text (the runbook title for text before the first heading)
 * @param level      heading level, 1 to 3
 * @param breadcrumb the runbook title, then the ancestor headings, ending with this heading
 * @param startLine  1-based file line of the heading (or of the first text before any heading)
 * @param endLine    1-based file line of the section's last non-blank line
 * @param text       plain text: paragraphs, list items one per line, code blocks with their fence language
 * @param role       what the section is for, from its heading
 * @param steps      the items of its ordered lists, in order, as the steps to follow (empty without such a list)
 * @param codeBlocks its code blocks with their language, e.g. the PromQL to show
 */
public record Section(String id, String path, String anchor, String heading, int level, List<String> breadcrumb,
                      int startLine, int endLine, String text, SectionRole role, List<String> steps,
                      List<CodeBlock> codeBlocks) {
    public Section {
        steps = List.copyOf(steps);
        codeBlocks = List.copyOf(codeBlocks);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        breadcrumb = List.copyOf(breadcrumb);
        if (!id.equals(path + "#" + anchor)) {
            throw new IllegalArgumentException("id must be path#anchor: " + id);
        }
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("level must be 1..3: " + level);
        }
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad line range " + startLine + ".." + endLine);
        }
    }

    /** The code blocks in {@code language} (e.g. {@code promql}), in order. */
    public List<CodeBlock> code(String language) {
        return codeBlocks.stream().filter(block -> block.language().equalsIgnoreCase(language)).toList();
    }
}
