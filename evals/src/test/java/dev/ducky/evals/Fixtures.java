package dev.ducky.evals;

import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Speaker;
import dev.ducky.evals.scenario.ScenarioTurn;
import dev.ducky.evals.score.Expectation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Messages and turns for tests, built the way Ducky and the loader build them. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A message of Ducky's in the incident channel with a complete trace. */
    public static BotMessage ducky(String move, String text, List<String> retrieved, List<String> cited) {
        return ducky(ChannelKind.INCIDENT, move, text, retrieved, cited, List.of(), null);
    }

    public static BotMessage ducky(ChannelKind channel, String move, String text, List<String> retrieved,
                                   List<String> cited, List<BotButton> buttons, Map<String, Object> support) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("move", move);
        trace.put("stage", "guide");
        trace.put("channel", channel.label());
        trace.put("retrieved", retrieved);
        trace.put("cited", cited);
        trace.put("buttons", buttons.stream().map(BotButton::action).toList());
        trace.put("query", null);
        trace.put("support", support);
        trace.put("model", Map.of("used", false, "fellBack", false, "reason", "no model configured"));
        trace.put("demonstration", null);
        return new BotMessage(channel, text, buttons, trace);
    }

    public static ScenarioTurn said(String text) {
        return said("t", Speaker.RESPONDER, text, List.of());
    }

    public static ScenarioTurn said(String id, Speaker as, String text, List<Expectation> expectations) {
        return new ScenarioTurn(1, id, as, ChannelKind.INCIDENT, text, false, true, null, null, null, false, null,
                expectations);
    }

    public static ScenarioTurn redelivery(String of) {
        return new ScenarioTurn(1, "again", Speaker.RESPONDER, ChannelKind.INCIDENT, null, false, true, null, null,
                of, false, null, List.of());
    }
}
