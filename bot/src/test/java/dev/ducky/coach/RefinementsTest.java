package dev.ducky.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Templates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One refinement per finding, worded by its template and never suggested twice in a session. */
class RefinementsTest {
    private static final Instant NOW = Instant.parse("2025-03-04T14:00:00Z");
    private final Refinements refinements = new Refinements(new Templates());

    @Test
    void beforeTheAlertThenByTopicThenYesterday() {
        List<Entry> timeline = new ArrayList<>();
        Incident incident = new Incident("i1", "C1", null, "Orders backlog", null, "OrdersQueueBacklog", null, true,
                Incident.State.OPEN, null, NOW, null);
        List<String> suggested = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String refinement = refinements.suggest("40k messages ready in the orders queue", incident.alert(),
                    new Session(incident, timeline));
            suggested.add(refinement);
            timeline.add(new Entry(Entry.Kind.MOVE, null, Move.SUGGEST_REFINEMENT, List.of(),
                    "Noted. One refinement you could try: " + refinement + "\nWhat would you expect it to show?", NOW));
        }
        assertEquals(List.of("look at the five minutes before OrdersQueueBacklog fired — what changed first?",
                "compare the publish rate with the consume rate over the last hour — did input grow, or output stall?",
                "compare with the same time yesterday (`offset 1d`), to see whether it's new."), suggested);
    }

    @Test
    void errorsLinedUpWithDeploysByHandSuggestLettingTheGraphShowIt() {
        Incident incident = new Incident("i1", "C1", null, "Checkout errors", null, null, null, true,
                Incident.State.OPEN, null, NOW, null);
        String refinement = refinements.suggest("the errors start two minutes after each checkout deploy", null,
                new Session(incident, List.of()));
        assertEquals("put the deploy times on the error graph as annotations (or an alert on errors after a deploy),"
                + " so the link shows at a glance next time.", refinement);
    }
}
