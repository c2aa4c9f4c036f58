package dev.ducky.language;

import dev.ducky.coach.Decision;
import dev.ducky.coach.Demonstration;
import dev.ducky.coach.Session;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Citation;
import dev.ducky.conversation.ModelUse;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Trace;
import dev.ducky.conversation.Turn;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.prompts.Templates;
import dev.ducky.retrieval.RunbookLibrary;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases a decision: the move's template (one of its variants), its citations, buttons and trace; with a
 * language model configured, the model's wording instead when it passes the guard.
 */
@Singleton
public class Phrasing {
    private final Templates templates;
    private final RunbookLibrary library;
    private final Optional<ModelPhrasing> model;

    public Phrasing(Templates templates, RunbookLibrary library, Optional<ModelPhrasing> model) {
        this.templates = templates;
        this.library = library;
        this.model = model;
    }

    /** Phrased for this turn of the session: by the model when one is configured, else offline. */
    public Reply phrase(Decision decision, Turn turn, @Nullable Session session, int seed) {
        Reply offline = phrase(decision, turn.channelKind(), seed);
        if (model.isEmpty()) {
            return offline;
        }
        Rephrasing rephrased = model.get().rephrase(decision, turn, session, offline.text());
        Trace trace = offline.trace().withModel(rephrased.use(), rephrased.cited());
        Demonstration shown = decision.demonstration();
        boolean keepsQuery = shown == null || shown.query() == null
                || rephrased.text() != null && rephrased.text().contains(shown.query());
        if (rephrased.text() == null || !keepsQuery) {
            // a demonstration shows the checked query exactly; wording that loses it is not used
            return new Reply(offline.text(), offline.citations(), offline.buttons(), trace, offline.links());
        }
        return new Reply(rephrased.text(), citations(decision, rephrased.cited()), offline.buttons(), trace,
                offline.links());
    }

    /** The retrieved sections with these ids, in the order given. */
    private List<Citation> citations(Decision decision, List<String> ids) {
        Map<String, SearchHit> retrieved = new LinkedHashMap<>();
        decision.retrieved().forEach(hit -> retrieved.putIfAbsent(hit.citation(), hit));
        return ids.stream().map(retrieved::get).map(library::citationFor).toList();
    }

    /** Phrased offline, from the move's template. */
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
