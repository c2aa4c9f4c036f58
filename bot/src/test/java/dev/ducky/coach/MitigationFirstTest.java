package dev.ducky.coach;

import static dev.ducky.coach.ShopRunbooks.ALERT;
import static dev.ducky.coach.ShopRunbooks.CHECKOUT_MITIGATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.prompts.Move;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A paging alert's opening: recall before reveal, except the first mitigation step of the alert's runbook. */
class MitigationFirstTest {
    @Test
    void anAlertWithARunbookShowsItsFirstMitigationStepCited() {
        Decision decision = new MitigationFirst(ShopRunbooks.all(), "not set yet").open(ALERT, ALERT);
        assertEquals(Move.SHOW_MITIGATION_FIRST, decision.move());
        assertEquals(ALERT, decision.slots().get("alert"));
        assertEquals("1. Roll back the last checkout deploy.", decision.slots().get("step"));
        assertEquals("Checkout › Mitigation", decision.slots().get("where"));
        assertEquals(List.of(CHECKOUT_MITIGATION.citation()),
                decision.cited().stream().map(SearchHit::citation).toList());
    }

    @Test
    void anAlertNoRunbookAnswersOnlyOpensTheIncident() {
        Decision decision = new MitigationFirst(ShopRunbooks.all(), "not set yet").open("Disk full", "NodeDiskFull");
        assertEquals(Move.INCIDENT_OPENED, decision.move());
        assertEquals("Disk full", decision.slots().get("title"));
        assertEquals(List.of(), decision.cited());
    }
}
