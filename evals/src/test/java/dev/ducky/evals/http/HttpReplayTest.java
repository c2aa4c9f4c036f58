package dev.ducky.evals.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Replay;
import dev.ducky.evals.replay.ReplaySetup;
import dev.ducky.evals.replay.ReplayTurn;
import dev.ducky.evals.replay.Speaker;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP driver against a tiny signed-request Ducky: what it sends, and how it reads the answers back. */
class HttpReplayTest {
    private static final String SECRET = "replay-secret";
    private SlackWebApiStandIn slack;
    private FakeDucky ducky;
    private Replay replay;

    @BeforeEach
    void start() throws Exception {
        slack = new SlackWebApiStandIn();
        ducky = new FakeDucky(SECRET, slack);
        replay = HttpReplayTarget.at(ducky.url(), slack, SECRET, Set.of()).open(new ReplaySetup("run-1", null,
                List.of()));
    }

    @AfterEach
    void stop() {
        ducky.close();
        slack.close();
    }

    @Test
    void aMentionIsAnsweredAndReadBackWithTextButtonsAndTrace() {
        ReplayTurn mention = ReplayTurn.message("e1", Speaker.RESPONDER, ChannelKind.INCIDENT, "checkout is down", true,
                true);
        List<BotMessage> answer = replay.send(mention);
        assertEquals(1, answer.size(), "the probe's own answer is not Ducky's answer to the turn");
        BotMessage message = answer.get(0);
        assertEquals("Use <this> @U0RESPONDER?", message.text());
        assertEquals(List.of(new BotButton("ducky_add_to_notes", "Add to notes", "v1")), message.buttons());
        assertEquals("POINT_TO_RUNBOOK", message.move());
        assertFalse(message.trace().containsKey("step_id"));
        assertEquals(List.of(), replay.send(mention), "Slack's redelivery keeps the event id");

        List<BotMessage> noted = replay.send(ReplayTurn.click("e2", Speaker.RESPONDER, ChannelKind.INCIDENT,
                message.buttons().get(0)));
        assertEquals("Noted: v1", noted.get(0).text());
    }

    @Test
    void alertsAndPlainMessagesTravelAsSlackSendsThem() {
        assertEquals("SHOW_MITIGATION_FIRST", replay.send(ReplayTurn.message("e1", Speaker.ALERTING,
                ChannelKind.INCIDENT, "[FIRING:1] CheckoutHighErrorRate", false, true)).get(0).move());
        assertEquals(List.of(), replay.send(ReplayTurn.message("e2", Speaker.RESPONDER, ChannelKind.INCIDENT,
                "thanks", false, true)));
    }

    @Test
    void queryEndpointCallsAreObserved() {
        replay.send(ReplayTurn.message("e1", Speaker.RESPONDER, ChannelKind.INCIDENT, "run the query", true, true));
        assertEquals(List.of("POST /prometheus/api/v1/query?query=up"), replay.queryEndpointCalls());
        assertEquals(List.of(), replay.queryEndpointCalls());
    }

    @Test
    void aWrongSigningSecretIsReportedNotIgnored() {
        Replay forged = HttpReplayTarget.at(ducky.url(), slack, "wrong", Set.of()).open(new ReplaySetup("run-2", null,
                List.of()));
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> forged.send(ReplayTurn.message(
                "e1", Speaker.RESPONDER, ChannelKind.INCIDENT, "hello", true, true)));
        assertEquals(true, error.getMessage().contains("answered 401"), error.getMessage());
    }
}
