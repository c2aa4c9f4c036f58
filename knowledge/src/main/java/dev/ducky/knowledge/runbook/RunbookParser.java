package dev.ducky.knowledge.runbook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns one Markdown runbook into a {@link Runbook}: front matter, title, and sections split at headings of
 * level 1 to 3 (deeper headings stay in their parent's text). Stateless and thread-safe.
 */
public final class RunbookParser {
    private static final int DEEPEST_SECTION_LEVEL = 3;
    // Hugo shortcodes ({{< hint >}}, {{% notice %}}, {{< ref "x.md" >}}) are site markup, not runbook text. Go
    // templates in alert examples ({{ $labels.pod }}) have no '<' or '%' and stay.
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%].*?[%>]\\}\\}");
    // Source spans give each block its file line, for citations and for error messages.
    private final Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /** Parses UTF-8 file content; {@code path} is the file relative to its runbook directory. */
    public Runbook parse(String path, byte[] content) throws RunbookFormatException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
            return parse(path, text);
        } catch (CharacterCodingException e) {
            throw new RunbookFormatException(path, 0, "not UTF-8 text; save the runbook as UTF-8");
        }
    }

    /** Parses Markdown text; {@code path} is the file relative to its runbook directory, '/' separators. */
    public Runbook parse(String path, String text) throws RunbookFormatException {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.isBlank()) {
            throw new RunbookFormatException(path, 0, "the file is empty");
        }
        List<String> lines = Arrays.asList(SHORTCODE.matcher(content).replaceAll("").split("\r\n|\r|\n", -1));
        FrontMatter frontMatter = FrontMatterReader.read(path, lines);
        // Blank the front matter out instead of cutting it, so Markdown line numbers stay file line numbers.
        List<String> body = new ArrayList<>(Collections.nCopies(frontMatter.lines(), ""));
        body.addAll(lines.subList(frontMatter.lines(), lines.size()));
        Node document = markdown.parse(String.join("\n", body));

        Optional<String> firstH1 = firstH1(document);
        String title = frontMatter.title().or(() -> firstH1).orElseGet(() -> RunbookConventions.stem(path));
        List<Section> sections = sections(path, title, document);
        if (sections.isEmpty()) {
            throw new RunbookFormatException(path, 0, "the runbook has no text, only "
                    + (frontMatter.lines() > 0 ? "front matter and headings" : "headings"));
        }
        return new Runbook(path, title, RunbookConventions.services(frontMatter.services(), path),
                RunbookConventions.alerts(frontMatter.alerts(), path, title, firstH1.orElse(null)),
                frontMatter.owners(), sections);
    }

    private static List<Section> sections(String path, String title, Node document) {
        List<Section> sections = new ArrayList<>();
        HeadingSlugger slugger = new HeadingSlugger();
        Map<Heading, String> anchors = anchors(document, slugger);
        Deque<Heading> open = new ArrayDeque<>(); // the current heading and its ancestors, innermost first
        SectionBuilder current = null;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (isSectionHeading(block)) {
                Heading heading = (Heading) block;
                addIfText(current, sections);
                while (!open.isEmpty() && open.peek().getLevel() >= heading.getLevel()) {
                    open.pop();
                }
                open.push(heading);
                String text = PlainText.inline(heading);
                current = new SectionBuilder(path, anchors.get(heading), text, heading.getLevel(),
                        breadcrumb(title, open), Lines.first(heading));
            } else {
                if (current == null) { // text before the first heading is about the runbook as a whole
                    current = new SectionBuilder(path, slugger.slug(title), title, 1, List.of(title),
                            Lines.first(block));
                }
                current.add(block);
            }
        }
        addIfText(current, sections);
        return sections;
    }

    /**
     * GitHub's anchors: every heading of any level, in document order, counts for the -1, -2 suffixes. Slugged
     * before the text that precedes the first heading, which has no anchor on GitHub and must not take one.
     */
    private static Map<Heading, String> anchors(Node document, HeadingSlugger slugger) {
        Map<Heading, String> anchors = new IdentityHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                anchors.put(heading, slugger.slug(PlainText.inline(heading)));
            }
        });
        return anchors;
    }

    private static void addIfText(SectionBuilder builder, List<Section> sections) {
        if (builder != null) {
            builder.build().ifPresent(sections::add);
        }
    }

    private static boolean isSectionHeading(Node block) {
        return block instanceof Heading heading && heading.getLevel() <= DEEPEST_SECTION_LEVEL
                && !PlainText.inline(heading).isEmpty();
    }

    /** The title, then the open headings outermost first; an H1 that repeats the title is not repeated. */
    private static List<String> breadcrumb(String title, Deque<Heading> open) {
        List<String> crumbs = new ArrayList<>(List.of(title));
        open.descendingIterator().forEachRemaining(heading -> crumbs.add(PlainText.inline(heading)));
        if (crumbs.size() > 1 && crumbs.get(1).equals(title) && open.peekLast().getLevel() == 1) {
            crumbs.remove(1);
        }
        return crumbs;
    }

    private static Optional<String> firstH1(Node document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() == 1 && !PlainText.inline(heading).isEmpty()) {
                return Optional.of(PlainText.inline(heading));
            }
        }
        return Optional.empty();
    }
}
