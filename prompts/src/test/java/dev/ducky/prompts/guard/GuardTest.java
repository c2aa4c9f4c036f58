package dev.ducky.prompts.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.prompts.Move;
import dev.ducky.prompts.model.Phrased;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardTest {
    /** Stands in for the bot's redactor: emails only. */
    private final Guard guard = new Guard(text -> text.replaceAll("\\S+@\\S+\\.\\w+", "[redacted:email]"));

    private static Situation situation(Move move, Map<String, String> slots) {
        return new Situation(move, slots, Set.of("a.md#diagnosis"), List.of(), "offline wording?");
    }

    private List<Violation> check(Move move, Map<String, String> slots, String text, String... cites) {
        return guard.check(situation(move, slots), new Phrased(text, List.of(cites))).violations();
    }

    @Test
    void aQuestionThatOnlyAsksPasses() {
        assertEquals(List.of(), check(Move.ASK_WHAT_STUCK_ON, Map.of(), "What are you stuck on, and what did you expect?"));
    }

    @Test
    void theHumansOwnWordsAreNotHeldAgainstTheModel() {
        Map<String, String> slots = Map.of("said", "you're wrong, I restarted it and it is fixed",
                "runbook", "do not restart", "where", "A › Mitigation");
        assertEquals(List.of(), check(Move.ASK_ABOUT_INCONSISTENCY, slots,
                "You said: \"you're wrong, I restarted it and it is fixed\". *A › Mitigation* says: do not restart. "
                        + "How do those fit together?"));
        assertEquals(List.of(Violation.SAYS_THEY_ARE_WRONG, Violation.UNCONFIRMED_STATUS),
                check(Move.ASK_ABOUT_INCONSISTENCY, slots, "You're wrong. It is fixed. How do those fit?"));
    }

    @Test
    void aLeadingQuestionIsAnAnswerWhenTheMoveIsToAsk() {
        assertEquals(List.of(Violation.ANSWERS_WHEN_ASKING),
                check(Move.ASK_WHAT_STUCK_ON, Map.of(), "Have you tried restarting the pods?"));
        assertEquals(List.of(), check(Move.POINT_TO_RUNBOOK, Map.of(), "Have you tried restarting the pods?"),
                "a move that points somewhere may suggest");
    }

    @Test
    void twoListItemsAreAnAnswerWhereverTheirLinesStart() {
        assertEquals(List.of(Violation.ANSWERS_WHEN_ASKING), check(Move.ASK_WHAT_STUCK_ON, Map.of(),
                "Which part are you stuck on?\n\n \n   1. the logs\n\t\n   2) the metrics"));
        assertEquals(List.of(Violation.ANSWERS_WHEN_ASKING), check(Move.ASK_WHAT_STUCK_ON, Map.of(),
                "Which part are you stuck on?\n-\nthe logs\n•\nthe metrics"), "an item may start on the next line");
        assertEquals(List.of(),
                check(Move.ASK_WHAT_STUCK_ON, Map.of(), "Which part are you stuck on?\n\n  - the logs"));
    }

    @Test
    void aNoOnALineOfItsOwnSaysTheyAreWrong() {
        assertEquals(List.of(Violation.SAYS_THEY_ARE_WRONG),
                check(Move.LADDER_POINT, Map.of(), "*A* covers it.\n\n \t no, not that one. Tried it?"));
        assertEquals(List.of(), check(Move.LADDER_POINT, Map.of(), "*A* covers it.\n\n  nothing else does. Tried it?"));
    }

    @Test
    void aRunbookPathIsReadWholeDotsAndAll() {
        assertEquals(List.of(), check(Move.LADDER_POINT, Map.of(), "Does a.md cover it?"));
        assertEquals(List.of(Violation.CITES_UNRETRIEVED),
                check(Move.LADDER_POINT, Map.of(), "Does ops.v2/a.md cover it?"));
    }

    @Test
    void askingMovesNeedAQuestionOutsideCode() {
        assertEquals(List.of(Violation.ASKS_NOTHING), check(Move.PLAN_NOTED, Map.of("plan", "roll back"),
                "Plan noted: roll back."));
        assertEquals(List.of(), check(Move.PLAN_NOTED, Map.of("plan", "roll back"), "Plan noted: roll back. What next?"));
    }

    @Test
    void readingTheRunbookIsNotActing() {
        assertEquals(List.of(), check(Move.LADDER_POINT, Map.of(), "I looked at the runbook: *A* covers it. Tried it?"));
        assertEquals(List.of(Violation.CLAIMS_TO_HAVE_ACTED),
                check(Move.LADDER_POINT, Map.of(), "I looked at the logs: *A* covers it. Tried it?"));
    }

    @Test
    void citationsMustHaveBeenRetrieved() {
        assertEquals(List.of(), check(Move.LADDER_POINT, Map.of(), "See a.md, the diagnosis. What now?", "a.md#diagnosis"));
        assertEquals(List.of(Violation.CITES_UNRETRIEVED),
                check(Move.LADDER_POINT, Map.of(), "What now?", "b.md#mitigation"));
        assertEquals(List.of(Violation.CITES_UNRETRIEVED),
                check(Move.LADDER_POINT, Map.of(), "See b.md. What now?"));
    }

    @Test
    void queriesAndStepsAreShownExactlyAndNoCodeIsMadeUp() {
        Map<String, String> slots = Map.of("from", ", the way *A* does it", "language", "PromQL",
                "query", "sum(rate(x_total[5m]))", "details", "");
        assertEquals(List.of(), check(Move.SHOW_QUERY, slots,
                "*A* uses:\n```promql\nsum(rate(x_total[5m]))\n```\nWhat do you expect?"));
        assertEquals(List.of(Violation.DROPS_EXACT_TEXT, Violation.INVENTS_CODE), check(Move.SHOW_QUERY, slots,
                "*A* uses:\n```\nsum(rate(x_total[1m]))\n```\nWhat do you expect?"));
    }

    @Test
    void statusesAreAskedAboutNotAsserted() {
        assertEquals(List.of(), check(Move.HYPOTHESIS_TAKEN, Map.of("hypothesis", "h"), "Noted. Is it resolved yet?"));
        assertEquals(List.of(Violation.UNCONFIRMED_STATUS),
                check(Move.HYPOTHESIS_TAKEN, Map.of("hypothesis", "h"), "Noted. ETA is 10 minutes. What would rule it out?"));
    }

    @Test
    void somethingTheRedactorWouldRemoveIsALeak() {
        assertEquals(List.of(Violation.LEAKS_REDACTED),
                check(Move.ASK_FOR_QUESTION, Map.of(), "Hi! Should I mail dana@quackmart.example? What's up?"));
    }

    @Test
    void theVerdictNamesEveryBrokenRule() {
        Verdict verdict = guard.check(situation(Move.ASK_WHAT_STUCK_ON, Map.of()),
                new Phrased("I restarted the pods for you.", List.of()));
        assertEquals("guard: CLAIMS_TO_HAVE_ACTED, OFFERS_TO_DO_IT, ASKS_NOTHING", verdict.reason());
    }
}
