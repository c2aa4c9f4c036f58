package dev.ducky.knowledge.runbook;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** 1-based file lines of a parsed block, from commonmark's 0-based source spans. */
final class Lines {
    private Lines() {
    }

    static int first(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    static int last(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? first(block) : spans.get(spans.size() - 1).getLineIndex() + 1;
    }
}
