package dev.ducky.slack;


import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.ChannelRef;
import dev.ducky.conversation.Citation;
import dev.ducky.conversation.Link;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.UserRef;
import java.util.ArrayList;
import java.util.List;
import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/** Renders a reply as Block Kit: the text, its sources in a context line, then its buttons. */
final class BlockKit {
    private static final int SECTION_LIMIT = 3000;

    private BlockKit() {
    }

    static List<LayoutBlock> render(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String text = mrkdwn(reply.text());
        blocks.add(section(s -> s.text(markdownText(text.length() > SECTION_LIMIT
                ? text.substring(0, SECTION_LIMIT - 1) + "…" : text))));
        if (!reply.citations().isEmpty()) {
            List<ContextBlockElement> sources = new ArrayList<>();
            for (Citation citation : reply.citations()) {
                sources.add(markdownText(":book: " + source(citation)));
            }
            blocks.add(context(sources));
        }
        if (!reply.links().isEmpty()) {
            List<ContextBlockElement> links = new ArrayList<>();
            for (Link link : reply.links()) {
                // Slack reads &amp; back as & inside a link's URL too
                links.add(markdownText(":mag: " + Mrkdwn.link(link.url().replace("&", "&amp;"), link.label())));
            }
            blocks.add(context(links));
        }
        if (!reply.buttons().isEmpty()) {
            List<BlockElement> elements = new ArrayList<>();
            for (Button b : reply.buttons()) {
                elements.add(button(x -> x.actionId(b.action().id()).text(plainText(b.action().label()))
                        .value(b.value().length() > 2000 ? b.value().substring(0, 2000) : b.value())));
            }
            blocks.add(actions(elements));
        }
        return blocks;
    }

    /** Escaped for mrkdwn, with Ducky's {@code @{id}} and {@code #{id}} references as real mentions. */
    static String mrkdwn(String text) {
        String people = UserRef.PATTERN.matcher(Mrkdwn.escape(text)).replaceAll(m -> m.group(1).matches("[UW][A-Z0-9]+")
                ? "<@" + m.group(1) + ">" : "@" + m.group(1));
        return ChannelRef.PATTERN.matcher(people).replaceAll(m -> m.group(1).matches("[CGD][A-Z0-9]+")
                ? "<#" + m.group(1) + ">" : "#" + m.group(1));
    }

    /** The plain-text fallback Slack shows in notifications. */
    static String fallback(Reply reply) {
        return mrkdwn(reply.text());
    }

    private static String source(Citation citation) {
        return citation.url() != null
                ? Mrkdwn.link(citation.url(), citation.label())
                : Mrkdwn.escape(citation.label()) + " (`" + Mrkdwn.escape(citation.id()) + "`)";
    }
}
