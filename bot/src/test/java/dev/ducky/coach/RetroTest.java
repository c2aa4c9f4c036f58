package dev.ducky.coach;

import static dev.ducky.coach.ShopRunbooks.ALERT;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.prompts.Move;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What the learning material holds, whatever its wording: the team's own notes and hypotheses (without names), the
 * timeline without chatter, and the moments the runbooks fell short.
 */
class RetroTest {
    private static String retro(Sessions session) {
        return Retro.write(session.incident(), session.timeline());
    }

    @Test
    void notesAndHypothesesAreKeptWithoutNames() {
        String retro = retro(Sessions.blank().resolvedAfter(Duration.ofMinutes(40))
                .note("@bob rolled back checkout at 14:10").note("<@U123> turned the pricing flag off")
                .hypothesis("the new pricing flag breaks the basket total"));
        assertTrue(retro.contains("rolled back checkout at 14:10"), retro);
        assertTrue(retro.contains("turned the pricing flag off"), retro);
        assertTrue(retro.contains("the new pricing flag breaks the basket total"), retro);
        assertFalse(retro.contains("bob") || retro.contains("U123"), "blameless: " + retro);
    }

    @Test
    void chatterAndDuckysOwnWordsStayOut() {
        String retro = retro(Sessions.blank().message("anyone seen the bridge link?")
                .moved(Move.POINT_TO_RUNBOOK, "Have a look at Checkout › Diagnosis").finding("errors began at 14:02"));
        assertTrue(retro.contains("errors began at 14:02"), retro);
        assertFalse(retro.contains("bridge link"), retro);
        assertFalse(retro.contains("Have a look"), retro);
    }

    @Test
    void theAlertIsAQuestionForTheReviewOnlyWhenOneFired() {
        assertTrue(retro(Sessions.blank().alert(ALERT).note("paged")).contains(ALERT));
        assertFalse(retro(Sessions.blank().note("paged")).contains(ALERT));
    }

    @Test
    void theMomentsTheRunbooksFellShortAreListedByTime() {
        Sessions session = Sessions.blank().note("looking").moved(Move.SUGGEST_MISSING_STEP);
        String missingStep = session.lastAt();
        session.moved(Move.POINT_TO_RUNBOOK);
        String pointed = session.lastAt();
        session.moved(Move.ASK_WHAT_TRYING);
        String nothingCovered = session.lastAt();
        String retro = retro(session);
        assertTrue(retro.contains(missingStep), retro);
        assertTrue(retro.contains(nothingCovered), retro);
        assertFalse(retro.contains(pointed), "a runbook that helped is no gap: " + retro);
    }
}
