package dev.ducky.coach;

import dev.ducky.coach.understanding.Outcome;
import dev.ducky.coach.understanding.Understanding;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.Turn;
import dev.ducky.incident.Entry;
import dev.ducky.knowledge.index.Confidence;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.runbook.SectionRole;
import dev.ducky.prompts.Intent;
import dev.ducky.prompts.Move;
import dev.ducky.retrieval.Runbooks;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The Socratic policy: given what the human is doing and the session so far, the one move Ducky makes.
 * Deterministic, so the rules hold whatever phrases the move; empty means Ducky stays silent.
 */
@Singleton
public class CoachPolicy {
    static final int RETRIEVE = 5;
    /** How much more confident a search must be in another runbook to leave the incident's own. */
    static final double CLEARLY_STRONGER = 0.2;
    private static final Set<Move> STUCK_MOVES = Set.of(Move.ASK_WHAT_STUCK_ON, Move.SUGGEST_FOR_STUCK);
    private static final Pattern RESOLVED = Pattern.compile("\\b(back to normal|recovered|fixed|resolved|gone|"
            + "dropped(?! out| off)|draining|green again|healthy|stable now|cleared)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern HOW_TO_ACT = Pattern.compile("\\bhow (do|can|should|would) (i|we|you) (roll ?back"
            + "|revert|undo|restart|scale|drain|fail ?over|purge|flush|rotate|renew|redeploy|re-?run|resume|pause"
            + "|disable|enable|turn (off|on)|switch (off|on)|clear|free up|clean up|raise|bump|cordon|evict)\\b",
            Pattern.CASE_INSENSITIVE);
    // A query, the process and notes have their own moves even when phrased as "how do I".
    private static final Set<Intent> NOT_A_PROCEDURE = Set.of(Intent.CHATTER, Intent.ASK_QUERY, Intent.ASK_PROCESS,
            Intent.ASK_DOCUMENT);
    private static final Pattern ESCALATE = Pattern.compile("\\b(page|paging|escalate|escalation|wake|call in|loop in"
            + "|ping)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STUCK_SAID = Pattern.compile("\\b(stuck|stuk|lost|no (idea|clue)|don'?t know|idk"
            + "|help|confused|out of ideas|going in circles)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'-]{2,}");
    // What "I'm stuck" is made of; what is left over describes the problem.
    private static final Set<String> STUCK_WORDS = Set.of("stuck", "stuk", "lost", "help", "pls", "please", "plz",
            "idea", "clue", "know", "don't", "dont", "where", "what", "how", "which", "look", "looking", "start",
            "even", "the", "and", "but", "any", "anything", "still", "really", "totally", "completely", "confused",
            "i'm", "we're", "going", "circles", "out", "ideas", "nothing", "makes", "sense", "got", "found", "been",
            "this", "that", "here", "for", "with", "now", "just", "can't", "cant", "next", "should", "idk");
    private static final int MIN_DESCRIBING_WORDS = 3;

    private final Runbooks runbooks;
    private final Ladder ladder;
    private final QueryDemonstrations demonstrations;
    private final Refinements refinements;

    public CoachPolicy(Runbooks runbooks, QueryDemonstrations demonstrations, Refinements refinements) {
        this.runbooks = runbooks;
        this.ladder = new Ladder(runbooks);
        this.demonstrations = demonstrations;
        this.refinements = refinements;
    }

    public Optional<Decision> decide(Turn turn, Understanding understanding, Session session) {
        String text = turn.text();
        // "How do I roll back X?" asks for a procedure, not a cause: the runbook's steps, whatever else it sounds like.
        if (HOW_TO_ACT.matcher(text).find() && !NOT_A_PROCEDURE.contains(understanding.intent())) {
            return Optional.of(pointTo(text, SectionRole.MITIGATION));
        }
        return switch (understanding.intent()) {
            case CHATTER -> Optional.empty();
            case STUCK -> Optional.of(stuck(text, session));
            case ASK_ANSWER -> Optional.of(ladder.next(text, session));
            case STATE_PLAN -> Optional.of(plan(text, session));
            case HYPOTHESIS -> Optional.of(hypothesis(text, session));
            case ASK_PROCESS -> Optional.of(process(text, session));
            case ASK_QUERY -> Optional.of(demonstrations.decide(text, session));
            case REPORT_FINDING -> Optional.of(finding(text, session));
            case ASK_DOCUMENT -> Optional.of(note(text, session));
            case SUPPORT_QUESTION -> Optional.of(pointTo(text, SectionRole.IMPACT));
            case DESCRIBE_SYMPTOM -> Optional.of(pointTo(text, null));
        };
    }

    private Decision stuck(String text, Session session) {
        if (describesWhat(text)) {
            return pointTo(text, null);
        }
        Optional<SearchHit> owned = sessionSection(session, SectionRole.ESCALATION);
        if (session.count(STUCK_MOVES) >= 2 && owned.isPresent() && !owned.get().owners().isEmpty()) {
            return offerToPing(owned.get());
        }
        List<String> plan = session.texts(Entry.Kind.PLAN_STEP);
        if (!plan.isEmpty()) {
            String planStep = plan.get(plan.size() - 1);
            List<SearchHit> hits = grounded(runbooks.search(planStep, RETRIEVE), session);
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
        List<SearchHit> hits = grounded(runbooks.search(text, RETRIEVE), session);
        Optional<Decision> doubt = inconsistency(text, hits);
        if (doubt.isPresent()) {
            return doubt.get();
        }
        List<String> steps = new ArrayList<>(session.texts(Entry.Kind.PLAN_STEP));
        Optional<SearchHit> mitigation = sessionSection(session, SectionRole.MITIGATION)
                .or(() -> hits.stream().findFirst().flatMap(h -> runbooks.section(h.path(), SectionRole.MITIGATION)));
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
        List<SearchHit> hits = grounded(runbooks.search(text, RETRIEVE), session);
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

    private Decision process(String text, Session session) {
        if (ESCALATE.matcher(text).find()) {
            // "Should we page the payments team?": the runbook of what they name says whom to page; "who do we
            // page for this?": the incident's own runbook does.
            Optional<SearchHit> escalation = runbooks.search(text, RETRIEVE).stream()
                    .filter(hit -> !Runbooks.isProcessGuide(hit) && namesAService(text, hit)).findFirst()
                    .flatMap(hit -> runbooks.section(hit.path(), SectionRole.ESCALATION))
                    .or(() -> sessionSection(session, SectionRole.ESCALATION));
            if (escalation.isPresent()) {
                return Decision.citing(Move.POINT_TO_RUNBOOK, Map.of("where", label(escalation.get()),
                        "excerpt", Excerpt.of(escalation.get().text())), escalation.get(), List.of(escalation.get()));
            }
        }
        List<SearchHit> hits = runbooks.search(text + " incident process", RETRIEVE * 2);
        return hits.stream().filter(Runbooks::isProcessGuide).findFirst()
                .map(best -> Decision.citing(Move.EXPLAIN_PROCESS_STEP, Map.of("where", label(best),
                        "excerpt", Excerpt.of(best.text())), best, hits))
                .orElseGet(() -> Decision.of(Move.ASK_WHAT_TRYING, Map.of()));
    }

    private Decision finding(String text, Session session) {
        if (fixed(text)) {
            return Decision.of(Move.ASK_TO_DOCUMENT, Map.of("what", text))
                    .withButtons(List.of(new Button(Button.Action.ADD_TO_NOTES, text)));
        }
        // One refinement at a time: once one was suggested, the runbook's owner may be the quicker way on.
        Optional<SearchHit> owned = sessionSection(session, SectionRole.ESCALATION)
                .filter(hit -> !hit.owners().isEmpty());
        if (session.moves().contains(Move.SUGGEST_REFINEMENT) && !session.moves().contains(Move.OFFER_PING_OWNER)
                && owned.isPresent()) {
            return offerToPing(owned.get());
        }
        return Decision.of(Move.SUGGEST_REFINEMENT,
                Map.of("refinement", refinements.suggest(text, session.incident().alert(), session)));
    }

    /** A fix that worked; a fix said not to have helped is no resolution, whatever words it shares with one. */
    private static boolean fixed(String text) {
        return Outcome.reported(text) ? Outcome.worked(text) : RESOLVED.matcher(text).find();
    }

    private static Decision offerToPing(SearchHit owned) {
        String owner = owned.owners().get(0);
        return Decision.citing(Move.OFFER_PING_OWNER, Map.of("owner", owner, "where", label(owned)), owned, List.of())
                .withButtons(List.of(new Button(Button.Action.PING_OWNER, owner)));
    }

    /** The note was recorded before the policy runs; the count includes it. */
    private static Decision note(String text, Session session) {
        // An instruction smuggled into the channel is not a note: it is asked about like anything unclear.
        if (InjectedText.addressesAi(text)) {
            return Decision.of(Move.ASK_WHAT_TRYING, Map.of());
        }
        return Decision.of(Move.NOTE_TAKEN, Map.of("count", String.valueOf(session.texts(Entry.Kind.NOTE).size())));
    }

    private Decision pointTo(String text, SectionRole preferredRole) {
        List<SearchHit> hits = runbooks.search(text, RETRIEVE);
        if (hits.isEmpty()) {
            return Decision.of(Move.ASK_WHAT_TRYING, Map.of());
        }
        SearchHit best = hits.get(0);
        if (best.confidence() < Confidence.FLOOR) {
            // Hybrid search always returns something; below the floor it is a guess, and a cited guess misleads.
            return Decision.of(Move.ASK_TO_NARROW, Map.of());
        }
        if (preferredRole != null) {
            best = runbooks.section(best.path(), preferredRole).orElse(best);
        } else if (best.role() == SectionRole.MEANING || best.role() == SectionRole.IMPACT) {
            // They described what they see; the section restating it (what it means, what customers notice) helps
            // less than the one on where to look.
            best = runbooks.section(best.path(), SectionRole.DIAGNOSIS).orElse(best);
        }
        return Decision.citing(Move.POINT_TO_RUNBOOK, Map.of("where", label(best), "excerpt", Excerpt.of(best.text())),
                best, hits);
    }

    /**
     * Whether the human says they are stuck and also what is wrong, so there is something to look up. A reading of
     * "stuck" without their saying so (a model's) keeps the safer question.
     */
    private static boolean describesWhat(String text) {
        return STUCK_SAID.matcher(text).find() && WORD.matcher(text).results().map(MatchResult::group).map(word -> word.toLowerCase(Locale.ROOT))
                .filter(word -> !STUCK_WORDS.contains(word)).count() >= MIN_DESCRIBING_WORDS;
    }

    private static boolean namesAService(String text, SearchHit hit) {
        String lower = text.toLowerCase(Locale.ROOT);
        return hit.services().stream().anyMatch(service ->
                Pattern.compile("\\b" + Pattern.quote(service.toLowerCase(Locale.ROOT)) + "\\b").matcher(lower).find());
    }

    /**
     * The hits with the incident's own runbook first: a plan or hypothesis said in an incident is about that
     * incident, and moving to another runbook needs clearly stronger evidence than sharing a few words.
     */
    static List<SearchHit> grounded(List<SearchHit> hits, Session session) {
        String runbook = session.incident().runbook();
        Optional<SearchHit> own = hits.stream().filter(h -> h.path().equals(runbook)).findFirst();
        if (own.isEmpty() || hits.get(0).confidence() - own.get().confidence() > CLEARLY_STRONGER) {
            return hits;
        }
        List<SearchHit> ordered = new ArrayList<>(hits.stream().filter(h -> h.path().equals(runbook)).toList());
        hits.stream().filter(h -> !h.path().equals(runbook)).forEach(ordered::add);
        return ordered;
    }

    private Optional<SearchHit> sessionSection(Session session, SectionRole role) {
        String runbook = session.incident().runbook();
        return runbook == null ? Optional.empty() : runbooks.section(runbook, role);
    }

    static String label(SearchHit hit) {
        return String.join(" › ", hit.breadcrumb().isEmpty() ? List.of(hit.title(), hit.section()) : hit.breadcrumb());
    }
}
