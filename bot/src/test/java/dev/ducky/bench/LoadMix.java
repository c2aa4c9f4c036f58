package dev.ducky.bench;

import dev.ducky.support.SlackStandIn;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The deliveries of one load run, fixed by a seed: mentions with symptoms, {@code @ducky help}, answers in
 * threads where Ducky asked a question (opened before the load, one per channel), and {@code /ducky status},
 * spread at random over the channels.
 */
final class LoadMix {
    static final String BOT = SlackStandIn.BOT_USER;
    private static final String[] SYMPTOMS = {
        "checkout is throwing 5xx", "payments latency is up since the deploy", "login returns 502 for some users",
        "search is timing out in eu-west", "the cart service pods keep restarting", "orders are stuck in pending",
    };
    private static final String[] ANSWERS = {
        "errors started at 14:02, right after the deploy", "only eu-west is affected so far",
        "p99 latency doubled but the error rate is flat", "the dashboard shows the database connections maxed out",
        "I expected 200s and I see 503s from the gateway", "restarting one pod did not help",
    };

    private final String run;
    private final int channels;

    LoadMix(String run, int channels) {
        this.run = run;
        this.channels = channels;
    }

    static String channel(int index) {
        return String.format("C0LOAD%02d", index);
    }

    /** The thread opened in each channel before the load: Ducky's question there makes answers in it Ducky's. */
    String threadOf(int channelIndex) {
        return "1800000000." + String.format("%06d", channelIndex);
    }

    List<LoadEvent> threadOpeners() {
        List<LoadEvent> openers = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            openers.add(mention(LoadEvent.Kind.SYMPTOM_MENTION, "Ev" + run + "open" + c, channel(c), threadOf(c),
                    SYMPTOMS[c % SYMPTOMS.length]));
        }
        return openers;
    }

    List<LoadEvent> events(int count, long seed) {
        Random random = new Random(seed);
        List<LoadEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int c = random.nextInt(channels);
            String channel = channel(c);
            String ts = "1800001000." + String.format("%06d", i);
            int roll = random.nextInt(100);
            String id = "Ev" + run + "n" + i;
            if (roll < 35) {
                events.add(mention(LoadEvent.Kind.SYMPTOM_MENTION, id, channel, ts,
                        SYMPTOMS[random.nextInt(SYMPTOMS.length)]));
            } else if (roll < 50) {
                events.add(mention(LoadEvent.Kind.HELP_MENTION, id, channel, ts, "help"));
            } else if (roll < 85) {
                events.add(threadMessage(id, channel, ts, threadOf(c), ANSWERS[random.nextInt(ANSWERS.length)]));
            } else {
                events.add(statusCommand("trig" + run + "n" + i, channel));
            }
        }
        return events;
    }

    private static LoadEvent mention(LoadEvent.Kind kind, String id, String channel, String ts, String text) {
        return new LoadEvent(id, kind, channel, callback(id, """
                {"type":"app_mention","user":"U0HUMAN","text":"<@%s> %s","ts":"%s","channel":"%s","event_ts":"%s"}"""
                .formatted(BOT, text, ts, channel, ts)), false);
    }

    private static LoadEvent threadMessage(String id, String channel, String ts, String threadTs, String text) {
        return new LoadEvent(id, LoadEvent.Kind.THREAD_ANSWER, channel, callback(id, """
                {"type":"message","user":"U0HUMAN","text":"%s","ts":"%s","thread_ts":"%s","channel":"%s",\
                "channel_type":"channel","event_ts":"%s"}""".formatted(text, ts, threadTs, channel, ts)), false);
    }

    private static LoadEvent statusCommand(String triggerId, String channel) {
        String form = "token=x&team_id=T0001&channel_id=" + channel + "&user_id=U0HUMAN&command=%2Fducky&text="
                + URLEncoder.encode("status", StandardCharsets.UTF_8) + "&trigger_id=" + triggerId
                + "&response_url=https%3A%2F%2Fhooks.invalid%2Fx";
        return new LoadEvent(triggerId, LoadEvent.Kind.STATUS_COMMAND, channel, form, true);
    }

    private static String callback(String eventId, String event) {
        return """
                {"token":"legacy-verification-token","team_id":"T0001","api_app_id":"A0001","event":%s,\
                "type":"event_callback","event_id":"%s","event_time":1800000000,\
                "authorizations":[{"team_id":"T0001","user_id":"%s","is_bot":true}]}"""
                .formatted(event, eventId, BOT);
    }
}
