package dev.ducky.coach;

import dev.ducky.incident.Entry;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.runbook.SectionRole;
import dev.ducky.prompts.Move;
import dev.ducky.retrieval.Runbooks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Just tell me": asking first must never cost an incident. Each time the human insists, Ducky climbs one
 * rung — ask once for their plan or hypothesis, then point to where the answer is, then show the cited
 * runbook step itself (the next one each further time). It never states a cause.
 */
final class Ladder {
    private static final Set<Move> RUNGS = Set.of(Move.ASK_FOR_PLAN, Move.LADDER_POINT, Move.LADDER_SHOW_STEP);

    private final Runbooks runbooks;

    Ladder(Runbooks runbooks) {
        this.runbooks = runbooks;
    }

    Decision next(String text, Session session) {
        Optional<Move> last = session.last(RUNGS);
        boolean theyHaveAPlan = !session.texts(Entry.Kind.PLAN_STEP).isEmpty()
                || !session.texts(Entry.Kind.HYPOTHESIS).isEmpty();
        if (last.isEmpty() && !theyHaveAPlan) {
            return Decision.of(Move.ASK_FOR_PLAN, Map.of());
        }
        List<SearchHit> hits = where(text, session);
        if (hits.isEmpty()) {
            return Decision.of(Move.ASK_WHAT_TRYING, Map.of());
        }
        SearchHit section = hits.get(0);
        if (last.isEmpty() || last.get() == Move.ASK_FOR_PLAN) {
            return Decision.citing(Move.LADDER_POINT, Map.of("where", CoachPolicy.label(section)), section, hits);
        }
        List<String> steps = RunbookText.steps(section.text());
        int shown = (int) session.count(Set.of(Move.LADDER_SHOW_STEP));
        String step = steps.isEmpty() ? RunbookText.firstStep(section.text()) : steps.get(Math.min(shown, steps.size() - 1));
        return Decision.citing(Move.LADDER_SHOW_STEP, Map.of("where", CoachPolicy.label(section), "step", step),
                section, hits);
    }

    /**
     * Where the answer is: the session's runbook (its diagnosis, or its mitigation when an alert is
     * firing), else the best match for what was said in the session.
     */
    private List<SearchHit> where(String text, Session session) {
        String runbook = session.incident().runbook();
        if (runbook != null) {
            SectionRole role = session.incident().alert() != null ? SectionRole.MITIGATION : SectionRole.DIAGNOSIS;
            Optional<SearchHit> section = runbooks.section(runbook, role)
                    .or(() -> runbooks.section(runbook, SectionRole.DIAGNOSIS));
            if (section.isPresent()) {
                return List.of(section.get());
            }
        }
        List<String> said = session.texts(Entry.Kind.MESSAGE);
        String context = String.join(" ", said.subList(Math.max(0, said.size() - 5), said.size())) + " " + text;
        return runbooks.search(context, CoachPolicy.RETRIEVE);
    }
}
