package dev.ducky.evals.http;

import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Replay;
import dev.ducky.evals.replay.ReplayTurn;
import dev.ducky.evals.replay.Speaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One conversation over signed Slack requests, support's edit modal included (its submission answers the view
 * Ducky opened). After each turn it mentions Ducky with {@code help} in a probe
 * channel and waits for that answer: a Ducky working its inbox with one worker answers in order, so by then
 * everything it had to say about the turn is posted (with more workers this is a close approximation).
 */
final class HttpReplay implements Replay {
    private final SignedEvents ducky;
    private final SlackWebApiStandIn slack;
    private final Duration timeout;
    private final String probeChannel;
    private final Map<ChannelKind, String> channels = new EnumMap<>(ChannelKind.class);
    private final Map<ChannelKind, String> threads = new EnumMap<>(ChannelKind.class);
    private final Map<String, String> tsOfTurn = new HashMap<>();
    private final Map<BotButton, Posted> buttonPosts = new HashMap<>();
    private int probes;

    HttpReplay(SignedEvents ducky, SlackWebApiStandIn slack, String name, Duration timeout) {
        this.ducky = ducky;
        this.slack = slack;
        this.timeout = timeout;
        String id = name.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        channels.put(ChannelKind.INCIDENT, "C" + id + "I");
        channels.put(ChannelKind.SUPPORT, "C" + id + "S");
        probeChannel = "C" + id + "P";
    }

    @Override
    public List<BotMessage> send(ReplayTurn turn) {
        int before = slack.postCount();
        deliver(turn);
        String probe = probe();
        try {
            slack.awaitPost(before, p -> p.channel().equals(probeChannel) && p.fields().getOrDefault("thread_ts", "")
                    .equals(probe), timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Ducky", e);
        }
        List<BotMessage> messages = new ArrayList<>();
        for (Posted post : slack.postsFrom(before)) {
            ChannelKind kind = kindOf(post.channel());
            if (kind != null) {
                // A thread Ducky starts where the conversation has none becomes the conversation's thread there.
                if (!post.fields().containsKey("thread_ts")) {
                    threads.putIfAbsent(kind, post.ts());
                }
                BotMessage message = PostedMessages.read(post, kind);
                message.buttons().forEach(b -> buttonPosts.put(b, post));
                messages.add(message);
            }
        }
        return messages;
    }

    @Override
    public List<String> queryEndpointCalls() {
        return slack.drainQueryCalls();
    }

    private void deliver(ReplayTurn turn) {
        String channel = channels.get(turn.channel());
        String ts = tsOfTurn.computeIfAbsent(turn.id(), id -> slack.nextTs());
        String thread = turn.inThread() ? threads.computeIfAbsent(turn.channel(), k -> ts) : ts;
        String threadTs = thread.equals(ts) ? null : thread;
        String user = "U0" + turn.as().name();
        switch (turn.kind()) {
            case CLICK -> {
                Posted post = buttonPosts.get(turn.button());
                ducky.interaction(SlackPayloads.blockAction(channel, user, post == null ? ts : post.ts(),
                        post == null ? thread : post.fields().get("thread_ts"), turn.button(), ts));
            }
            case SUBMISSION -> ducky.interaction(SlackPayloads.viewSubmission("trigger-" + ts, user,
                    slack.lastOpenedView().orElseThrow(() -> new IllegalStateException("turn " + turn.id()
                            + " submits a form, but Ducky opened none")), turn.fields()));
            case MESSAGE -> {
                if (turn.as() == Speaker.ALERTING) {
                    ducky.event(SlackPayloads.callback(turn.id(), SlackPayloads.botMessage(channel, turn.text(), ts,
                            threadTs)));
                } else if (turn.mention()) {
                    // Slack sends a mention twice: as a message and as an app_mention; Ducky answers once.
                    String text = ("<@" + SlackWebApiStandIn.BOT_USER + "> " + turn.text()).strip();
                    ducky.event(SlackPayloads.callback(turn.id() + "-message",
                            SlackPayloads.message("message", channel, user, text, ts, threadTs)));
                    ducky.event(SlackPayloads.callback(turn.id(),
                            SlackPayloads.message("app_mention", channel, user, text, ts, threadTs)));
                } else {
                    ducky.event(SlackPayloads.callback(turn.id(),
                            SlackPayloads.message("message", channel, user, turn.text(), ts, threadTs)));
                }
            }
        }
    }

    /**
     * The conversation is over: its incident is resolved as a team would ({@code @ducky resolve} in its thread),
     * so support questions of later conversations are not about it.
     */
    @Override
    public void close() {
        String channel = channels.get(ChannelKind.INCIDENT);
        String ts = slack.nextTs();
        ducky.event(SlackPayloads.callback(channel + "-resolve", SlackPayloads.message("app_mention", channel,
                "U0RESPONDER", "<@" + SlackWebApiStandIn.BOT_USER + "> resolve", ts, threads.get(ChannelKind.INCIDENT))));
    }

    /** Mentions Ducky with {@code help} in the probe channel; returns the probe message's ts. */
    private String probe() {
        String ts = slack.nextTs();
        ducky.event(SlackPayloads.callback(probeChannel + "-probe-" + (++probes), SlackPayloads.message(
                "app_mention", probeChannel, "U0PROBE", "<@" + SlackWebApiStandIn.BOT_USER + "> help", ts, null)));
        return ts;
    }

    private ChannelKind kindOf(String channel) {
        for (Map.Entry<ChannelKind, String> entry : channels.entrySet()) {
            if (entry.getValue().equals(channel)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
