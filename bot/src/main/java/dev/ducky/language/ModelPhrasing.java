package dev.ducky.language;

import dev.ducky.coach.Decision;
import dev.ducky.coach.Session;
import dev.ducky.conversation.ModelUse;
import dev.ducky.conversation.ThinkingStatus;
import dev.ducky.conversation.Turn;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.prompts.guard.Guard;
import dev.ducky.prompts.guard.Situation;
import dev.ducky.prompts.guard.Verdict;
import dev.ducky.prompts.model.MoveBriefs;
import dev.ducky.prompts.model.Phrased;
import dev.ducky.prompts.model.PhrasingService;
import dev.ducky.redaction.Redactor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the model to phrase a move the policy chose, and keeps its text only when the guard passes it. On a
 * broken rule, a model error, a timeout or malformed output the offline wording stands, and the fallback is
 * counted in {@code ducky.model.fallbacks} and told in the trace.
 */
@Singleton
@Requires(bean = PhrasingService.class)
public class ModelPhrasing {
    static final ModelUse FIXED_WORDING = new ModelUse(false, false, "fixed wording for this move");
    private static final Logger LOG = LoggerFactory.getLogger(ModelPhrasing.class);

    private final PhrasingService service;
    private final ModelCalls calls;
    private final Redactor redactor;
    private final Optional<ThinkingStatus> thinking;
    private final MeterRegistry metrics;
    private final MoveBriefs briefs = MoveBriefs.load();
    private final Guard guard;

    public ModelPhrasing(PhrasingService service, ModelCalls calls, Redactor redactor, Optional<ThinkingStatus> thinking,
                         MeterRegistry metrics) {
        this.service = service;
        this.calls = calls;
        this.redactor = redactor;
        this.thinking = thinking;
        this.metrics = metrics;
        this.guard = new Guard(redactor::redact);
    }

    /** The model's phrasing of the decision, or why the offline {@code draft} stands. */
    public Rephrasing rephrase(Decision decision, Turn turn, @Nullable Session session, String draft) {
        List<String> cited = decision.cited().stream().map(SearchHit::citation).toList();
        Optional<String> purpose = briefs.of(decision.move());
        if (purpose.isEmpty()) {
            return Rephrasing.offline(cited, FIXED_WORDING);
        }
        thinking.ifPresent(status -> status.show(turn));
        PhrasingBrief brief = PhrasingBrief.of(decision, purpose.get(), turn, session, draft, redactor);
        Set<String> retrieved = decision.retrieved().stream().map(SearchHit::citation).collect(Collectors.toSet());
        try {
            Phrased phrased = calls.call("phrase", () -> service.phrase(brief.move(), brief.purpose(), brief.channel(),
                    brief.incident(), brief.conversation(), brief.facts(), brief.sections(), brief.cite(), brief.draft()));
            Verdict verdict = guard.check(new Situation(decision.move(), decision.slots(), retrieved, cited, draft), phrased);
            if (!verdict.passed()) {
                return fellBack(decision, cited, "guard", verdict.reason());
            }
            metrics.counter("ducky.model.phrased", "move", decision.move().name()).increment();
            Set<String> allCited = new LinkedHashSet<>(cited);
            allCited.addAll(phrased.cites());
            return new Rephrasing(phrased.text(), List.copyOf(allCited), new ModelUse(true, false, null));
        } catch (ModelCallFailed e) {
            return fellBack(decision, cited, e.kind().label(), e.getMessage());
        }
    }

    private Rephrasing fellBack(Decision decision, List<String> cited, String kind, String reason) {
        LOG.info("Posting the {} template instead of the model's phrasing: {}", decision.move(), reason);
        metrics.counter("ducky.model.fallbacks", "move", decision.move().name(), "reason", kind).increment();
        return Rephrasing.offline(cited, new ModelUse(true, true, reason));
    }
}
