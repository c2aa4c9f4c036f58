package dev.ducky.copilot;

import dev.ducky.coach.Decision;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Templates;
import dev.ducky.retrieval.RunbookLibrary;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Phrases a decision offline: the move's template (one of its variants), its citations, buttons and trace. */
@Singleton
public class Phrasing {
    private final Templates templates;
    private final RunbookLibrary library;

    public Phrasing(Templates templates, RunbookLibrary library) {
        this.templates = templates;
        this.library = library;
    }

    public Reply phrase(Decision decision, ChannelKind channel, int seed) {
        String text = templates.render(decision.move(), decision.slots(), seed);
        List<Citation> citations = decision.cited().stream().map(library::citationFor).toList();
        List<String> retrieved = decision.retrieved().stream().map(SearchHit::citation).distinct().toList();
        List<String> cited = decision.cited().stream().map(SearchHit::citation).toList();
        List<String> buttons = decision.buttons().stream().map(b -> b.action().id()).toList();
        Trace trace = new Trace(decision.move(), decision.move().stage().label(), channel.label(), retrieved, cited,
                buttons, query(decision), null, ModelUse.NONE, demonstration(decision.move()));
        return new Reply(text, citations, decision.buttons(), trace);
    }

    private static Map<String, Object> query(Decision decision) {
        if (decision.move() != Move.SHOW_RUNBOOK_QUERY) {
            return null;
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("language", decision.slots().get("language").toLowerCase(java.util.Locale.ROOT));
        query.put("text", decision.slots().get("query"));
        return query;
    }

    private static String demonstration(Move move) {
        return move == Move.SHOW_RUNBOOK_QUERY ? "runbook" : null;
    }
}
