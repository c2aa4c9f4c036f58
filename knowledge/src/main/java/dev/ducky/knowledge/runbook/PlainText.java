package dev.ducky.knowledge.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Markdown blocks as plain text for search and for quoting: paragraphs, one line per list item (ordered ones
 * numbered), code blocks kept with their fence language so a quoted query still says what it is. Markup, HTML
 * and link targets are dropped.
 */
final class PlainText {
    private static final String NESTED = "  ";
    // In HTML blocks (<details> in real runbooks) the words count, the tags, comments and <summary> labels do not.
    private static final Pattern HTML_NOISE = Pattern.compile(
            "(?s)<!--.*?-->|<summary>.*?</summary>|</?[A-Za-z][^>]*>");

    private PlainText() {
    }

    /** The blocks' text, separated by blank lines. */
    static String of(List<Node> blocks) {
        List<String> parts = new ArrayList<>();
        for (Node block : blocks) {
            String text = String.join("\n", lines(block));
            if (!text.isBlank()) {
                parts.add(text);
            }
        }
        return String.join("\n\n", parts);
    }

    /** The text of inline content, e.g. a heading's, with line breaks as spaces. */
    static String inline(Node parent) {
        StringBuilder out = new StringBuilder();
        appendInline(parent, out, false);
        return out.toString().replace('\n', ' ').strip();
    }

    private static List<String> lines(Node block) {
        List<String> out = new ArrayList<>();
        if (block instanceof Paragraph || block instanceof Heading) {
            StringBuilder text = new StringBuilder();
            // Body text keeps inline code in backticks, so a quoted step still shows the query as code.
            appendInline(block, text, block instanceof Paragraph);
            out.addAll(text.toString().strip().lines().toList());
        } else if (block instanceof FencedCodeBlock code) {
            out.add("```" + (code.getInfo() == null ? "" : code.getInfo().strip()));
            out.addAll(code.getLiteral().lines().toList());
            out.add("```");
        } else if (block instanceof IndentedCodeBlock code) {
            out.add("```");
            out.addAll(code.getLiteral().lines().toList());
            out.add("```");
        } else if (block instanceof BulletList) {
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                out.addAll(listItem(item, "- "));
            }
        } else if (block instanceof OrderedList list) {
            int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                out.addAll(listItem(item, number++ + ". "));
            }
        } else if (block instanceof BlockQuote) {
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                out.addAll(lines(child));
            }
        } else if (block instanceof HtmlBlock html) {
            html.getLiteral().lines().map(line -> HTML_NOISE.matcher(line).replaceAll("").strip())
                    .filter(line -> !line.isEmpty()).forEach(out::add);
        } // thematic breaks and link reference definitions carry no text worth searching.
        return out;
    }

    /** The items of the top-level ordered lists among {@code blocks}: a section's steps. */
    static List<String> steps(List<Node> blocks) {
        List<String> steps = new ArrayList<>();
        for (Node block : blocks) {
            if (block instanceof OrderedList) {
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    steps.add(String.join("\n", listItem(item, "")).strip());
                }
            }
        }
        return steps;
    }

    /** Every code block among {@code blocks}, nested ones (in list items, quotes) included, in order. */
    static List<CodeBlock> codeBlocks(List<Node> blocks) {
        List<CodeBlock> code = new ArrayList<>();
        AbstractVisitor visitor = new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                code.add(new CodeBlock(CodeBlock.languageOf(block.getInfo()), block.getLiteral(), Lines.first(block)));
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                code.add(new CodeBlock("", block.getLiteral(), Lines.first(block)));
            }
        };
        blocks.forEach(block -> block.accept(visitor));
        return code;
    }

    /** The item's first line after its marker; further blocks (nested lists, code) indented under it. */
    private static List<String> listItem(Node item, String marker) {
        List<String> out = new ArrayList<>();
        if (!(item instanceof ListItem)) {
            return out;
        }
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            for (String line : lines(child)) {
                out.add(out.isEmpty() ? marker + line : NESTED + line);
            }
        }
        if (out.isEmpty()) {
            out.add(marker.strip());
        }
        return out;
    }

    private static void appendInline(Node parent, StringBuilder out, boolean markCode) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                out.append(text.getLiteral());
            } else if (node instanceof Code code) {
                out.append(markCode ? "`" + code.getLiteral() + "`" : code.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                out.append(' ');
            } else if (node instanceof HardLineBreak) {
                out.append('\n');
            } else {
                appendInline(node, out, markCode); // emphasis, links, image alt text: keep the words, drop the markup
            }
        }
    }
}
