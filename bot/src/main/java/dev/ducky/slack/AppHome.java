package dev.ducky.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/** Ducky's App Home: the open incidents and what support may tell customers about each. */
final class AppHome {
    private static final int MAX_INCIDENTS = 40;

    private AppHome() {
    }

    /** @param open a line per open incident, as the support flow words it */
    static View render(List<String> open) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Open incidents"))));
        blocks.add(context(List.of(markdownText("Only answers a developer confirmed are shown — never a draft. "
                + "Ask from a support channel with `@ducky your question`, or `/ducky status`."))));
        if (open.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("No incident is open that I know of."))));
        }
        for (String incident : open.subList(0, Math.min(open.size(), MAX_INCIDENTS))) {
            blocks.add(divider());
            String line = BlockKit.mrkdwn(incident);
            blocks.add(section(s -> s.text(markdownText(line.length() > 3000 ? line.substring(0, 2999) + "…" : line))));
        }
        return view(v -> v.type("home").blocks(blocks));
    }
}
