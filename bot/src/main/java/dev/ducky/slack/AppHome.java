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
import dev.ducky.conversation.Home;
import java.util.ArrayList;
import java.util.List;

/** Ducky's App Home: the open incidents and what support may tell customers about each. */
final class AppHome {
    private static final int MAX_INCIDENTS = 40;

    private AppHome() {
    }

    static View render(Home home) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(home.heading()))));
        blocks.add(context(List.of(markdownText(home.hint()))));
        List<String> incidents = home.incidents();
        if (incidents.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(home.noIncident()))));
        }
        for (String incident : incidents.subList(0, Math.min(incidents.size(), MAX_INCIDENTS))) {
            blocks.add(divider());
            String line = BlockKit.mrkdwn(incident);
            blocks.add(section(s -> s.text(markdownText(line.length() > 3000 ? line.substring(0, 2999) + "…" : line))));
        }
        return view(v -> v.type("home").blocks(blocks));
    }
}
