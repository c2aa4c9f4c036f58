package dev.ducky.coach;

import static dev.ducky.coach.ShopRunbooks.ALERT;
import static dev.ducky.coach.ShopRunbooks.CHECKOUT;
import static dev.ducky.coach.ShopRunbooks.CHECKOUT_MITIGATION;
import static dev.ducky.coach.ShopRunbooks.ORDERS_DB;
import static dev.ducky.coach.ShopRunbooks.ORDERS_DIAGNOSIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.prompts.Move;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Just tell me", rung by rung: ask once for their hypothesis, point to the section, show the cited step. */
class LadderTest {
    private static final Ladder LADDER = new Ladder(ShopRunbooks.all());

    private static List<String> cited(Decision decision) {
        return decision.cited().stream().map(SearchHit::citation).toList();
    }

    @Test
    void firstAsksOnceForTheirPlanOrHypothesis() {
        Decision decision = LADDER.next("just tell me", Sessions.blank().runbook(ORDERS_DB).build());
        assertEquals(Move.ASK_FOR_PLAN, decision.move());
        assertEquals(List.of(), decision.cited());
    }

    @Test
    void aHypothesisAlreadyStatedSkipsTheQuestion() {
        Session session = Sessions.blank().runbook(ORDERS_DB).hypothesis("the pool is too small").build();
        assertEquals(Move.LADDER_POINT, LADDER.next("just tell me", session).move());
    }

    @Test
    void secondPointsToTheSectionWithoutShowingAStep() {
        Session session = Sessions.blank().runbook(ORDERS_DB).moved(Move.ASK_FOR_PLAN).build();
        Decision decision = LADDER.next("just tell me", session);
        assertEquals(Move.LADDER_POINT, decision.move());
        assertEquals(List.of(ORDERS_DIAGNOSIS.citation()), cited(decision));
        assertEquals("Orders database › Diagnosis", decision.slots().get("where"));
        assertFalse(decision.slots().containsKey("step"));
    }

    @Test
    void thirdShowsTheCitedStepItself() {
        Session session = Sessions.blank().runbook(ORDERS_DB).moved(Move.ASK_FOR_PLAN).moved(Move.LADDER_POINT).build();
        Decision decision = LADDER.next("skip the questions, what's the fix?", session);
        assertEquals(Move.LADDER_SHOW_STEP, decision.move());
        assertEquals("1. Check connection pool usage on the orders database.", decision.slots().get("step"));
        assertEquals(List.of(ORDERS_DIAGNOSIS.citation()), cited(decision));
    }

    @Test
    void eachFurtherInsistenceShowsTheNextStepUpToTheLast() {
        Sessions session = Sessions.blank().runbook(ORDERS_DB).moved(Move.ASK_FOR_PLAN).moved(Move.LADDER_POINT)
                .moved(Move.LADDER_SHOW_STEP);
        assertEquals("2. Look for long-running transactions.",
                LADDER.next("JUST TELL ME", session.build()).slots().get("step"));
        session.moved(Move.LADDER_SHOW_STEP);
        assertEquals("2. Look for long-running transactions.",
                LADDER.next("JUST TELL ME", session.build()).slots().get("step"));
    }

    @Test
    void duringAnAlertTheStepsComeFromTheMitigation() {
        Session session = Sessions.blank().alert(ALERT).runbook(CHECKOUT).moved(Move.ASK_FOR_PLAN)
                .moved(Move.LADDER_POINT).build();
        Decision decision = LADDER.next("just tell me", session);
        assertEquals(Move.LADDER_SHOW_STEP, decision.move());
        assertEquals("1. Roll back the last checkout deploy.", decision.slots().get("step"));
        assertEquals(List.of(CHECKOUT_MITIGATION.citation()), cited(decision));
    }

    @Test
    void withoutARunbookYetWhatWasSaidFindsTheSection() {
        Session session = Sessions.blank().message("orders database connection pool is exhausted")
                .moved(Move.ASK_FOR_PLAN).build();
        Decision decision = LADDER.next("just tell me", session);
        assertEquals(Move.LADDER_POINT, decision.move());
        assertEquals(List.of(ORDERS_DIAGNOSIS.citation()), cited(decision));
    }

    @Test
    void withNothingToPointToItAsksWhatTheyAreTrying() {
        Session session = Sessions.blank().message("the frobnicator wobbles").moved(Move.ASK_FOR_PLAN).build();
        Decision decision = new Ladder(FakeRunbooks.none()).next("just tell me", session);
        assertEquals(Move.ASK_WHAT_TRYING, decision.move());
        assertEquals(List.of(), decision.cited());
    }
}
