package dev.ducky.copilot;

import dev.ducky.coach.Decision;
import dev.ducky.coach.Demonstration;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.prompts.Templates;
import dev.ducky.retrieval.RunbookLibrary;
import jakarta.inject.Singleton;
import java.util.List;

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
        Demonstration shown = decision.demonstration();
        Trace trace = new Trace(decision.move(), decision.move().stage().label(), channel.label(), retrieved, cited,
                buttons, shown == null ? null : shown.traceQuery(), null, ModelUse.NONE,
                shown == null ? null : shown.source());
        return new Reply(text, citations, decision.buttons(), trace, shown == null ? List.of() : shown.links());
    }
}
