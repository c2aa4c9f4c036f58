package dev.ducky.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import dev.ducky.copilot.Citation;
import dev.ducky.copilot.Reply;
import java.util.ArrayList;
import java.util.List;

/** Renders a reply as Block Kit: the text, then its sources in a context line. */
final class BlockKit {
    private static final int SECTION_LIMIT = 3000;

    private BlockKit() {
    }

    static List<LayoutBlock> render(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String text = Mrkdwn.escape(reply.text());
        blocks.add(section(s -> s.text(markdownText(text.length() > SECTION_LIMIT
                ? text.substring(0, SECTION_LIMIT - 1) + "…" : text))));
        if (!reply.citations().isEmpty()) {
            List<ContextBlockElement> sources = new ArrayList<>();
            for (Citation citation : reply.citations()) {
                sources.add(markdownText(":book: " + source(citation)));
            }
            blocks.add(context(sources));
        }
        return blocks;
    }

    /** The plain-text fallback Slack shows in notifications. */
    static String fallback(Reply reply) {
        return Mrkdwn.escape(reply.text());
    }

    private static String source(Citation citation) {
        return citation.url() != null
                ? Mrkdwn.link(citation.url(), citation.label())
                : Mrkdwn.escape(citation.label()) + " (`" + Mrkdwn.escape(citation.id()) + "`)";
    }
}
