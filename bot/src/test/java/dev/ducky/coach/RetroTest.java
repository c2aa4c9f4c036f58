package dev.ducky.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Part;
import dev.ducky.prompts.Templates;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retro as a record read from the session, worded by the RETRO template and its parts. */
class RetroTest {
    private static final Templates TEMPLATES = new Templates();
    private static final Instant OPENED = Instant.parse("2025-03-04T14:00:00Z");

    private static Instant at(int minute) {
        return OPENED.plusSeconds(60L * minute);
    }

    @Test
    void theSessionBecomesBlamelessMaterialWithQuestionsAndGaps() {
        Incident incident = new Incident("i1", "C1", null, "Checkout errors", "U1", "CheckoutHighErrorRate", null, true,
                Incident.State.RESOLVED, "U1", OPENED, at(42));
        List<Entry> timeline = List.of(
                new Entry(Entry.Kind.FINDING, null, "alert CheckoutHighErrorRate fired", at(0)),
                new Entry(Entry.Kind.MESSAGE, "U2", "<@U2> here, I'll investigate the logs", at(1)),
                new Entry(Entry.Kind.PLAN_STEP, "U2", "investigate the logs", at(2)),
                new Entry(Entry.Kind.MOVE, null, Move.SUGGEST_MISSING_STEP, List.of("checkout.md#mitigation"),
                        "Your plan so far: investigate the logs. …", at(3)),
                new Entry(Entry.Kind.HYPOTHESIS, "U2", "the new pricing flag breaks the basket total", at(5)),
                new Entry(Entry.Kind.NOTE, "U3", "@bob rolled back checkout at 14:10", at(10)),
                new Entry(Entry.Kind.MOVE, null, Move.ASK_WHAT_TRYING, List.of(), "I could not find …", at(20)));

        Retro retro = Retro.of(incident, timeline);
        assertEquals(List.of(new Retro.Gap(at(3), Part.RETRO_GAP_MISSING_STEP),
                new Retro.Gap(at(20), Part.RETRO_GAP_NO_RUNBOOK)), retro.gaps());
        assertEquals(List.of("someone rolled back checkout at 14:10"), retro.notes());

        String text = TEMPLATES.render(Move.RETRO, retro.slots(TEMPLATES));
        assertEquals("""
                *Learning material: Checkout errors*
                _Blameless: what happened and how — not who._
                Duration: 42 min

                *Timeline (UTC)*
                • 14:00 finding: alert CheckoutHighErrorRate fired
                • 14:02 plan: investigate the logs
                • 14:05 hypothesis: the new pricing flag breaks the basket total
                • 14:10 note: someone rolled back checkout at 14:10

                *Notes*
                • someone rolled back checkout at 14:10

                *Questions for the review*
                • What made "the new pricing flag breaks the basket total" look likely at the time, and what confirmed \
                or ruled it out?
                • How did we notice? What did CheckoutHighErrorRate tell us, and what did it not?
                • Which runbook step helped most, and which one did we have to work out ourselves?
                • What would have let us mitigate sooner?

                *Where the process guide or runbooks were missing a step*
                • 14:03 the plan lacked a mitigation step the runbook starts with — was it clear enough that it comes \
                first?
                • 14:20 a question no runbook section covered — worth a runbook section?""", text);
    }

    @Test
    void anOpenIncidentWithNothingNotedStillAsksTheReviewsQuestions() {
        Incident open = new Incident("i2", "C2", null, "Orders backlog", null, null, null, true, Incident.State.OPEN,
                null, OPENED, null);
        String text = TEMPLATES.render(Move.RETRO, Retro.of(open, List.of()).slots(TEMPLATES));
        assertEquals("""
                *Learning material: Orders backlog*
                _Blameless: what happened and how — not who._

                *Questions for the review*
                • Which runbook step helped most, and which one did we have to work out ourselves?
                • What would have let us mitigate sooner?""", text);
        assertFalse(text.contains("Duration"), text);
    }
}
