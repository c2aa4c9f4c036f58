package dev.ducky.coach;

import dev.ducky.coach.understanding.Understanding;
import dev.ducky.copilot.Button;
import dev.ducky.copilot.Turn;
import dev.ducky.incident.Entry;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.prompts.Move;
import dev.ducky.retrieval.RunbookLibrary;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Socratic policy: given what the human is doing and the session so far, the one move Ducky makes.
 * Deterministic, so the rules hold whatever phrases the move; empty means Ducky stays silent.
 */
@Singleton
public class CoachPolicy {
    static final int RETRIEVE = 5;
    private static final Set<Move> STUCK_MOVES = Set.of(Move.ASK_WHAT_STUCK_ON, Move.SUGGEST_FOR_STUCK);
    private static final Pattern RESOLVED = Pattern.compile("\\b(back to normal|recovered|fixed|resolved|gone|"
            + "dropped|draining|green again|healthy|stable now|cleared)\\b", Pattern.CASE_INSENSITIVE);

    private final RunbookLibrary library;
    private final Ladder ladder;

    public CoachPolicy(RunbookLibrary library) {
        this.library = library;
        this.ladder = new Ladder(library);
    }

    public Optional<Decision> decide(Turn turn, Understanding understanding, Session session) {
        String text = turn.text();
        return switch (understanding.intent()) {
            case CHATTER -> Optional.empty();
            case STUCK -> Optional.of(stuck(session));
            case ASK_ANSWER -> Optional.of(ladder.next(text, session));
            case STATE_PLAN -> Optional.of(plan(text, session));
            case HYPOTHESIS -> Optional.of(hypothesis(text, session));
            case ASK_PROCESS -> Optional.of(process(text));
            case ASK_QUERY -> Optional.of(query(text, session));
            case REPORT_FINDING -> Optional.of(finding(text, session));
            case ASK_DOCUMENT -> Optional.of(Decision.of(Move.NOTE_TAKEN,
                    Map.of("count", String.valueOf(session.texts(Entry.Kind.NOTE).size()))));
            case SUPPORT_QUESTION -> Optional.of(pointTo(text, "IMPACT"));
            case DESCRIBE_SYMPTOM -> Optional.of(pointTo(text, null));
        };
    }

    private Decision stuck(Session session) {
        Optional<SearchHit> owned = sessionSection(session, "ESCALATION");
        if (session.count(STUCK_MOVES) >= 2 && owned.isPresent() && !owned.get().owners().isEmpty()) {
            String owner = owned.get().owners().get(0);
            return Decision.citing(Move.OFFER_PING_OWNER, Map.of("owner", owner, "where", label(owned.get())),
                    owned.get(), List.of()).withButtons(List.of(new Button(Button.Action.PING_OWNER, owner)));
        }
        List<String> plan = session.texts(Entry.Kind.PLAN_STEP);
        if (!plan.isEmpty()) {
            String planStep = plan.get(plan.size() - 1);
            List<SearchHit> hits = library.search(planStep, RETRIEVE);
            Optional<SearchHit> help = hits.stream().filter(h -> !RunbookText.steps(h.text()).isEmpty()).findFirst();
            if (help.isPresent()) {
                return Decision.citing(Move.SUGGEST_FOR_STUCK, Map.of("plan_step", planStep,
                        "suggestion", RunbookText.firstStep(help.get().text()), "where", label(help.get())),
                        help.get(), hits);
            }
        }
        return Decision.of(Move.ASK_WHAT_STUCK_ON, Map.of());
    }

    private Decision plan(String text, Session session) {
        List<SearchHit> hits = library.search(text, RETRIEVE);
        Optional<Decision> doubt = inconsistency(text, hits);
        if (doubt.isPresent()) {
            return doubt.get();
        }
        List<String> steps = new ArrayList<>(session.texts(Entry.Kind.PLAN_STEP));
        Optional<SearchHit> mitigation = sessionSection(session, "MITIGATION")
                .or(() -> hits.stream().findFirst().flatMap(h -> library.section(h.path(), "MITIGATION")));
        if (mitigation.isPresent() && !session.moves().contains(Move.SUGGEST_MISSING_STEP)) {
            Optional<String> missing = PlanCheck.missingStep(steps, mitigation.get().text());
            if (missing.isPresent()) {
                return Decision.citing(Move.SUGGEST_MISSING_STEP, Map.of("plan", String.join(", then ", steps),
                        "step", missing.get(), "where", label(mitigation.get())), mitigation.get(), hits);
            }
        }
        return new Decision(Move.PLAN_NOTED, Map.of("plan", String.join(" → ", steps)), hits, List.of(), List.of());
    }

    private Decision hypothesis(String text, Session session) {
        List<SearchHit> hits = library.search(text, RETRIEVE);
        return inconsistency(text, hits).orElseGet(() ->
                new Decision(Move.HYPOTHESIS_TAKEN, Map.of("hypothesis", text), hits, List.of(), List.of()));
    }

    private Optional<Decision> inconsistency(String text, List<SearchHit> hits) {
        for (SearchHit hit : hits) {
            Optional<String> warning = Inconsistency.find(text, List.of(hit.text()));
            if (warning.isPresent()) {
                return Optional.of(Decision.citing(Move.ASK_ABOUT_INCONSISTENCY, Map.of("said", text,
                        "runbook", warning.get(), "where", label(hit)), hit, hits));
            }
        }
        return Optional.empty();
    }

    private Decision process(String text) {
        List<SearchHit> hits = library.search(text + " incident process", RETRIEVE * 2);
        return hits.stream().filter(RunbookLibrary::isProcessGuide).findFirst()
                .map(best -> Decision.citing(Move.EXPLAIN_PROCESS_STEP, Map.of("where", label(best),
                        "excerpt", Excerpt.of(best.text())), best, hits))
                .orElseGet(() -> Decision.of(Move.ASK_WHAT_TRYING, Map.of()));
    }

    private Decision query(String text, Session session) {
        List<SearchHit> hits = library.search(text, RETRIEVE);
        for (SearchHit hit : hits) {
            List<RunbookText.Query> queries = RunbookText.queries(hit.text());
            if (!queries.isEmpty()) {
                RunbookText.Query q = queries.get(0);
                return Decision.citing(Move.SHOW_RUNBOOK_QUERY, Map.of("where", label(hit),
                        "language", q.language().equals("promql") ? "PromQL" : "LogQL", "query", q.text()), hit, hits);
            }
        }
        return new Decision(Move.ASK_WHICH_DATA, Map.of(), hits, List.of(), List.of());
    }

    private Decision finding(String text, Session session) {
        if (RESOLVED.matcher(text).find()) {
            return Decision.of(Move.ASK_TO_DOCUMENT, Map.of("what", text))
                    .withButtons(List.of(new Button(Button.Action.ADD_TO_NOTES, text)));
        }
        return Decision.of(Move.SUGGEST_REFINEMENT,
                Map.of("refinement", Refinements.suggest(text, session.incident().alert(), session)));
    }

    private Decision pointTo(String text, String preferredRole) {
        List<SearchHit> hits = library.search(text, RETRIEVE);
        if (hits.isEmpty()) {
            return Decision.of(Move.ASK_WHAT_TRYING, Map.of());
        }
        SearchHit best = hits.get(0);
        if (preferredRole != null) {
            best = library.section(best.path(), preferredRole).orElse(best);
        }
        return Decision.citing(Move.POINT_TO_RUNBOOK, Map.of("where", label(best), "excerpt", Excerpt.of(best.text())),
                best, hits);
    }

    private Optional<SearchHit> sessionSection(Session session, String role) {
        String runbook = session.incident().runbook();
        return runbook == null ? Optional.empty() : library.section(runbook, role);
    }

    static String label(SearchHit hit) {
        return String.join(" › ", hit.breadcrumb().isEmpty() ? List.of(hit.title(), hit.section()) : hit.breadcrumb());
    }
}
