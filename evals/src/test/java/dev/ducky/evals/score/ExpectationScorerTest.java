package dev.ducky.evals.score;

import static dev.ducky.evals.Fixtures.ducky;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.ChannelKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpectationScorerTest {
    private static final ExpectationScorer SCORER = new ExpectationScorer(Optional.empty());
    private static final BotMessage POINT = ducky("POINT_TO_RUNBOOK", "See *Checkout › Diagnosis*. What have you checked?",
            List.of("checkout.md#diagnosis", "checkout.md#meaning"), List.of("checkout.md#diagnosis"));
    private static final BotMessage DRAFT = ducky(ChannelKind.SUPPORT, "SUPPORT_DRAFT", "AI's guess — don't send.",
            List.of(), List.of(), List.of(), Map.of("state", "draft"));

    private static List<Outcome> outcomes(Expectation expected, List<BotMessage> messages) {
        return SCORER.score(expected, messages, List.of(), List.of()).stream().map(CheckResult::outcome).toList();
    }

    @Test
    void eachCheckIsScoredAgainstTheMessage() {
        Expectation expected = new Expectation(3, null, false, List.of(new MoveCheck(List.of("POINT_TO_RUNBOOK")),
                new CitesCheck(List.of("checkout.md")), new CitesCheck(List.of("checkout.md#meaning")),
                new AsksCheck(true), new SaysCheck("diagnosis", false), new NoCauseCheck()), List.of());
        assertEquals(List.of(Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.PASS,
                Outcome.PASS), outcomes(expected, List.of(POINT)));
    }

    @Test
    void theClosestMessageInTheRightChannelIsScored() {
        Expectation support = new Expectation(3, ChannelKind.SUPPORT, false, List.of(new TraceFieldsCheck("support",
                Map.of("state", "draft"))), List.of());
        assertEquals(List.of(Outcome.PASS, Outcome.PASS), outcomes(support, List.of(POINT, DRAFT)));
        assertEquals(List.of(Outcome.FAIL, Outcome.FAIL), outcomes(support, List.of(POINT)));
    }

    @Test
    void silenceAndJudgedConditions() {
        Expectation silence = new Expectation(3, null, true, List.of(), List.of());
        assertEquals(List.of(Outcome.PASS), outcomes(silence, List.of()));
        assertEquals(List.of(Outcome.FAIL), outcomes(silence, List.of(POINT)));
        Expectation judged = new Expectation(3, null, false, List.of(), List.of("asks what they checked"));
        assertEquals(List.of(Outcome.PASS, Outcome.NOT_JUDGED), outcomes(judged, List.of(POINT)));
        ExpectationScorer withJudge = new ExpectationScorer(Optional.of((condition, transcript) ->
                new Judge.Verdict(transcript.get(transcript.size() - 1).contains("checked"), "read it")));
        assertEquals(Outcome.PASS, withJudge.score(judged, List.of(POINT), List.of(), List.of()).get(1).outcome());
    }

    @Test
    void quotingTheHumansHypothesisIsNotStatingACause() {
        BotMessage echo = ducky("HYPOTHESIS_TAKEN", "Hypothesis noted: \"the root cause is the pricing flag\". What"
                + " would rule it out?", List.of(), List.of());
        assertEquals(Outcome.PASS, new NoCauseCheck().check(echo, List.of("the root cause is the pricing flag"))
                .outcome());
        assertEquals(Outcome.FAIL, new NoCauseCheck().check(echo).outcome());
    }
}
