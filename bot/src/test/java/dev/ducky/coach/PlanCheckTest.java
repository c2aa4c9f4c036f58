package dev.ducky.coach;

import static dev.ducky.coach.CoachPolicyTest.cited;
import static dev.ducky.coach.CoachPolicyTest.decided;
import static dev.ducky.coach.ShopRunbooks.CHECKOUT;
import static dev.ducky.coach.ShopRunbooks.CHECKOUT_MITIGATION;
import static dev.ducky.coach.ShopRunbooks.ORDERS_MITIGATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.prompts.Intent;
import dev.ducky.prompts.Move;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A stated plan against the runbook: a missing mitigation asked about, a warned-against plan questioned. */
class PlanCheckTest {
    @Test
    void aPlanWithoutTheRunbooksMitigationGetsItSuggestedOnce() {
        Session session = Sessions.blank().runbook(CHECKOUT).plan("check the logs", "look at the dashboards").build();
        Decision decision = decided(Intent.STATE_PLAN, "I'll check the logs, then look at the dashboards", session);
        assertEquals(Move.SUGGEST_MISSING_STEP, decision.move());
        assertEquals("1. Roll back the last checkout deploy.", decision.slots().get("step"));
        assertEquals("check the logs, then look at the dashboards", decision.slots().get("plan"));
        assertEquals(List.of(CHECKOUT_MITIGATION.citation()), cited(decision));
    }

    @Test
    void withoutARunbookYetTheMitigationOfTheBestMatchIsUsed() {
        Session session = Sessions.blank().plan("compare the checkout error rate with yesterday").build();
        Decision decision = decided(Intent.STATE_PLAN, "I'll compare the checkout error rate with yesterday", session);
        assertEquals(Move.SUGGEST_MISSING_STEP, decision.move());
        assertEquals(List.of(CHECKOUT_MITIGATION.citation()), cited(decision));
    }

    @Test
    void aPlanThatMitigatesIsNoted() {
        Session session = Sessions.blank().runbook(CHECKOUT).plan("roll back the deploy", "check the logs").build();
        Decision decision = decided(Intent.STATE_PLAN, "I'll roll back the deploy, then check the logs", session);
        assertEquals(Move.PLAN_NOTED, decision.move());
        assertEquals("roll back the deploy → check the logs", decision.slots().get("plan"));
        assertEquals(List.of(), decision.cited());
    }

    @Test
    void theMissingStepIsNotSuggestedTwice() {
        Session session = Sessions.blank().runbook(CHECKOUT).moved(Move.SUGGEST_MISSING_STEP).plan("check the logs")
                .build();
        assertEquals(Move.PLAN_NOTED, decided(Intent.STATE_PLAN, "I'll check the logs", session).move());
    }

    @Test
    void aPlanTheRunbookWarnsAgainstIsQuestionedNotCorrected() {
        String said = "let's scale out the order workers";
        Session session = Sessions.blank().plan("scale out the order workers").build();
        Decision decision = decided(Intent.STATE_PLAN, said, session);
        assertEquals(Move.ASK_ABOUT_INCONSISTENCY, decision.move());
        assertEquals(said, decision.slots().get("said"));
        assertEquals("Never scale out the order workers: more workers make pool exhaustion worse.",
                decision.slots().get("runbook"));
        assertEquals(List.of(ORDERS_MITIGATION.citation()), cited(decision));
    }

    @Test
    void onlyAMitigationTheRunbookStartsWithIsMissing() {
        assertEquals(Optional.empty(), PlanCheck.missingStep(List.of("check the logs"), ORDERS_MITIGATION.text()),
                "killing transactions is no mitigation the check knows");
        assertEquals(Optional.of("1. Roll back the last checkout deploy."),
                PlanCheck.missingStep(List.of("check the logs"), CHECKOUT_MITIGATION.text()));
    }

    @Test
    void aPlanIsSplitIntoActions() {
        assertEquals(List.of("roll back", "check logs"), PlanCheck.split("I'll roll back, then check logs"));
    }
}
