package dev.ducky.copilot;

import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Templates;
import dev.ducky.retrieval.RunbookLibrary;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides how Ducky answers a message and phrases it. Takes and returns plain records, so Slack, the
 * console and eval replays drive it alike.
 */
@Singleton
public class Copilot {
    static final int RETRIEVED = 5;

    private final RunbookLibrary library;
    private final Templates templates;

    public Copilot(RunbookLibrary library, Templates templates) {
        this.library = library;
        this.templates = templates;
    }

    public List<Reply> respond(Turn turn) {
        String text = turn.text();
        if (text.isEmpty()) {
            return List.of(plain(Move.ASK_FOR_QUESTION, turn));
        }
        if (text.toLowerCase(Locale.ROOT).matches("help\\W*")) {
            return List.of(plain(Move.SHOW_HELP, turn));
        }
        List<SearchHit> hits = library.search(text, RETRIEVED);
        if (hits.isEmpty()) {
            return List.of(plain(Move.ASK_WHAT_TRYING, turn));
        }
        return List.of(pointTo(hits.get(0), hits, turn));
    }

    private Reply pointTo(SearchHit best, List<SearchHit> hits, Turn turn) {
        Citation citation = library.citationFor(best);
        String text = templates.render(Move.POINT_TO_RUNBOOK,
                Map.of("where", citation.label(), "excerpt", Excerpt.of(best.text())));
        List<String> retrieved = hits.stream().map(SearchHit::citation).toList();
        return new Reply(text, List.of(citation),
                Trace.offline(Move.POINT_TO_RUNBOOK, turn.channelKind(), retrieved, List.of(citation.id())));
    }

    private Reply plain(Move move, Turn turn) {
        return new Reply(templates.render(move, Map.of()), List.of(),
                Trace.offline(move, turn.channelKind(), List.of(), List.of()));
    }
}
