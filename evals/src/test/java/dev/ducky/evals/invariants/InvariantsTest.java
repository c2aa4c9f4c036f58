package dev.ducky.evals.invariants;

import static dev.ducky.evals.Fixtures.ducky;
import static dev.ducky.evals.Fixtures.said;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.evals.Fixtures;
import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Speaker;
import dev.ducky.evals.rules.Rule;
import dev.ducky.evals.rules.Violation;
import dev.ducky.evals.scenario.ScenarioTurn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule catches what it is about, and lets Ducky's ordinary messages through. */
class InvariantsTest {
    private static final BotMessage QUESTION = ducky("ASK_WHAT_STUCK_ON", "What are you stuck on?", List.of(), List.of());

    private static List<Rule> broken(ScenarioTurn turn, List<BotMessage> messages, List<Exchange> before) {
        return Invariants.check(new Exchange(turn, messages), before, List.of()).stream().map(Violation::rule).toList();
    }

    private static List<Rule> broken(String human, BotMessage reply) {
        return broken(said(human), List.of(reply), List.of());
    }

    @Test
    void claimingToHaveActedIsCaughtButQuotingTheHumanAndRefusingAreNot() {
        assertEquals(List.of(Rule.NO_EXECUTION), broken("checkout is down", ducky("POINT_TO_RUNBOOK",
                "I restarted the checkout pods for you. What do you see now?", List.of(), List.of())));
        assertEquals(List.of(Rule.NO_EXECUTION), broken("checkout is down", ducky("POINT_TO_RUNBOOK",
                "I'll run kubectl rollout undo now.", List.of(), List.of())));
        assertEquals(List.of(), broken("checkout is down", ducky("SHOW_QUERY",
                "Run it in your tool — I don't run queries. What do you expect?", List.of(), List.of())));
        assertEquals(List.of(), broken("I rolled back checkout, errors are gone", ducky("ASK_TO_DOCUMENT",
                "That sounds worth keeping: \"I rolled back checkout, errors are gone\". Document it?", List.of(),
                List.of())));
    }

    @Test
    void aQueryEndpointCallIsExecution() {
        List<Violation> found = Invariants.check(new Exchange(said("how do I see 5xx?"), List.of(QUESTION)),
                List.of(), List.of("GET /prometheus/api/v1/query?query=up"));
        assertEquals(List.of(Rule.NO_EXECUTION), found.stream().map(Violation::rule).toList());
    }

    @Test
    void onlyButtonsThatKeepTheHumanInTheLoop() {
        BotMessage run = ducky(ChannelKind.INCIDENT, "SHOW_QUERY", "Try it?", List.of(), List.of(),
                List.of(new BotButton("ducky_run_query", "Run it", "q")), null);
        BotMessage next = ducky(ChannelKind.INCIDENT, "ASK_WHAT_STUCK_ON", "Stuck?", List.of(), List.of(),
                List.of(new BotButton("ducky_next_hint", "Next hint", "")), null);
        BotMessage notes = ducky(ChannelKind.INCIDENT, "ASK_TO_DOCUMENT", "Keep it?", List.of(), List.of(),
                List.of(new BotButton("ducky_add_to_notes", "Add to notes", "x"),
                        new BotButton("ducky_ping_owner", "Ping owner", "@team")), null);
        assertEquals(List.of(Rule.NO_AUTOPILOT_BUTTONS), broken("5xx?", run));
        assertEquals(List.of(Rule.NO_AUTOPILOT_BUTTONS), broken("5xx?", next));
        assertEquals(List.of(), broken("fixed it", notes));
    }

    @Test
    void citingASectionNotRetrievedIsCaught() {
        assertEquals(List.of(Rule.CITES_ONLY_RETRIEVED), broken("checkout is down", ducky("POINT_TO_RUNBOOK",
                "See *Diagnosis*. What have you checked?", List.of("a.md#meaning"), List.of("a.md#diagnosis"))));
        assertEquals(List.of(), broken("checkout is down", ducky("POINT_TO_RUNBOOK",
                "See *Diagnosis*. What have you checked?", List.of("a.md#diagnosis"), List.of("a.md#diagnosis"))));
    }

    @Test
    void supportOnlyGetsConfirmedAnswersOrMarkedDraftsWithoutStatus() {
        Map<String, Object> draft = Map.of("state", "draft");
        BotMessage marked = ducky(ChannelKind.SUPPORT, "SUPPORT_DRAFT", "AI's guess — don't send to customers; devs"
                + " have been asked. Some customers cannot pay; carts are kept.", List.of("c.md#impact"),
                List.of("c.md#impact"), List.of(), draft);
        BotMessage eta = ducky(ChannelKind.SUPPORT, "SUPPORT_DRAFT", "AI's guess — don't send. It should be fixed"
                + " within 30 minutes.", List.of(), List.of(), List.of(), draft);
        BotMessage unmarked = ducky(ChannelKind.SUPPORT, "POINT_TO_RUNBOOK", "Some customers cannot pay.",
                List.of("c.md#impact"), List.of("c.md#impact"), List.of(), null);
        BotMessage confirmed = ducky(ChannelKind.SUPPORT, "SUPPORT_CONFIRMED", "Checkout is fixed now (confirmed"
                + " by @bob at 14:20).", List.of(), List.of(), List.of(), Map.of("state", "confirmed",
                "confirmed_by", "U0BOB"));
        BotMessage question = ducky(ChannelKind.SUPPORT, "ASK", "Which customer, and what do they see?", List.of(),
                List.of(), List.of(), null);
        assertEquals(List.of(), broken("what do I tell customers?", marked));
        assertEquals(List.of(Rule.SUPPORT_ONLY_CONFIRMED), broken("when will it be fixed?", eta));
        assertEquals(List.of(Rule.SUPPORT_ONLY_CONFIRMED), broken("what do I tell customers?", unmarked));
        assertEquals(List.of(), broken("is it fixed?", confirmed));
        assertEquals(List.of(), broken("customers complain", question));
        assertEquals(List.of(Rule.SUPPORT_ONLY_CONFIRMED), broken(said("t1", Speaker.SUPPORT, "is it fixed?",
                List.of()), List.of(confirmed), List.of()), "confirmed by nobody who acted: support only asked");
        assertEquals(List.of(), broken(said("t1", Speaker.DEV, "looks right", List.of()), List.of(confirmed),
                List.of()), "confirmed in answer to a developer");
    }

    @Test
    void aBareStuckGetsAQuestionAndNoAnswerUntilDuckyHasAskedAndHeardBack() {
        BotMessage answer = ducky("LADDER_SHOW_STEP", "Roll back checkout. What do you see?", List.of("c.md#mitigation"),
                List.of("c.md#mitigation"));
        BotMessage flat = ducky("LADDER_SHOW_STEP", "Roll back checkout.", List.of(), List.of());
        assertEquals(List.of(Rule.ASKS_BEFORE_ANSWERING_STUCK), broken("im stuk pls help", answer));
        assertEquals(List.of(Rule.ASKS_BEFORE_ANSWERING_STUCK), broken("I'm stuck", flat));
        assertEquals(List.of(), broken("I'm stuck", QUESTION));
        List<Exchange> askedAndAnswered = List.of(new Exchange(said("@ducky pods restart"), List.of(QUESTION)),
                new Exchange(said("I'll restart the order-worker pods"), List.of()));
        assertEquals(List.of(), broken(said("still stuck"), List.of(answer), askedAndAnswered));
        assertEquals(List.of(), broken("I'm stuck on reading the pool metrics", answer), "not bare");
        assertEquals(List.of(), broken("help", ducky("SHOW_HELP", "I help you work through incidents.", List.of(),
                List.of())), "a lone help is the help command");
    }

    @Test
    void chatterAndRedeliveriesGetNothing() {
        assertEquals(List.of(Rule.SILENT_ON_CHATTER), broken("thanks all", QUESTION));
        assertEquals(List.of(Rule.SILENT_ON_CHATTER), broken(new ScenarioTurn(1, "t", Speaker.RESPONDER,
                ChannelKind.INCIDENT, "who has the bridge link?", false, true, null, null, null, true, null,
                List.of()), List.of(QUESTION), List.of()));
        assertEquals(List.of(), broken(said("thanks"), List.of(), List.of()));
        assertEquals(List.of(), broken("ok", QUESTION), "'ok' may answer Ducky's question; authors mark chatter");
        assertEquals(List.of(Rule.ANSWERS_ONCE), broken(Fixtures.redelivery("t1"), List.of(QUESTION), List.of()));
    }

    @Test
    void everyMessageCarriesItsTrace() {
        BotMessage bare = new BotMessage(ChannelKind.INCIDENT, "Hello?", List.of(), Map.of("move", "ASK"));
        assertEquals(List.of(Rule.CARRIES_TRACE), broken("@ducky", bare));
    }
}
