package dev.ducky.knowledge.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/** Collects the blocks under one heading until the next section starts. */
final class SectionBuilder {
    private final String path;
    private final String anchor;
    private final String heading;
    private final int level;
    private final List<String> breadcrumb;
    private final int startLine;
    private final List<Node> blocks = new ArrayList<>();
    private int endLine;

    SectionBuilder(String path, String anchor, String heading, int level, List<String> breadcrumb, int startLine) {
        this.path = path;
        this.anchor = anchor;
        this.heading = heading;
        this.level = level;
        this.breadcrumb = breadcrumb;
        this.startLine = startLine;
        this.endLine = startLine;
    }

    void add(Node block) {
        blocks.add(block);
        endLine = Math.max(endLine, Lines.last(block));
    }

    /** The section, or empty when nothing but its heading has text (nothing to search or quote). */
    Optional<Section> build() {
        String text = PlainText.of(blocks);
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Section(path + "#" + anchor, path, anchor, heading, level, breadcrumb, startLine,
                endLine, text, SectionRole.fromHeading(heading), PlainText.steps(blocks), PlainText.codeBlocks(blocks)));
    }
}
