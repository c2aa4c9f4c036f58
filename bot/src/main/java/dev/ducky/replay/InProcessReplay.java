package dev.ducky.replay;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.Courier;
import dev.ducky.conversation.Form;
import dev.ducky.conversation.Home;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Message;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.UserRef;
import dev.ducky.copilot.FrontDoor;
import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Replay;
import dev.ducky.evals.replay.ReplayTurn;
import dev.ducky.evals.replay.Speaker;
import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One conversation with the in-process Ducky, through the same front door as Slack's: each turn becomes the
 * message, click or form submission Slack would deliver, and this replay is the courier that records what Ducky
 * posts. A thread Ducky starts in a channel where the conversation has none becomes the conversation's thread
 * there (the incident-channel thread where developers answer support). Messages only one person sees are not
 * replayed, as in the end-to-end replay. When the conversation ends, its incident is resolved.
 */
final class InProcessReplay implements Replay, Courier {
    static final String ALERTING_BOT = "B0ALERTS";

    private final FrontDoor frontDoor;
    private final ObjectMapper json;
    private final String name;
    private final Map<ChannelKind, String> threads = new EnumMap<>(ChannelKind.class);
    private final Map<BotButton, Place> placeOfButton = new HashMap<>();
    private List<BotMessage> posted = new ArrayList<>();
    private Form openForm;
    private int posts;

    /** Where a message with buttons was posted: a click on them is said there. */
    private record Place(String channel, String thread) {
    }

    InProcessReplay(ApplicationContext context, String name) {
        this.frontDoor = context.getBean(FrontDoor.class);
        this.json = context.getBean(ObjectMapper.class);
        this.name = name;
    }

    @Override
    public List<BotMessage> send(ReplayTurn turn) {
        posted = new ArrayList<>();
        String channel = channel(turn.channel());
        String user = Roles.userId(turn.as());
        switch (turn.kind()) {
            case MESSAGE -> {
                // The first turn said in the thread starts it; a top-level message is a thread of its own.
                String thread = turn.inThread() ? threads.computeIfAbsent(turn.channel(), k -> turn.id()) : turn.id();
                boolean bot = turn.as() == Speaker.ALERTING;
                frontDoor.accept(new Message(turn.id(), channel, turn.id(), thread.equals(turn.id()) ? null : thread,
                        bot ? null : user, bot ? ALERTING_BOT : null, turn.text(), turn.mention()))
                        .ifPresent(inbound -> frontDoor.answer(inbound.key(), this));
            }
            case CLICK -> {
                Place place = placeOfButton.getOrDefault(turn.button(), new Place(channel, threads.get(turn.channel())));
                answer(Inbound.click(turn.id(), place.channel(), place.thread(), user, new Button(
                        Button.Action.ofId(turn.button().action()), turn.button().value()), "replay-" + turn.id()));
            }
            case SUBMISSION -> {
                if (openForm == null) {
                    throw new IllegalStateException("turn " + turn.id() + " submits a form, but no form is open");
                }
                answer(Inbound.form(turn.id(), channel, user, new Form.Filled(openForm.reference(), turn.fields())));
                openForm = null;
            }
        }
        return posted;
    }

    /**
     * The conversation is over: its incident is resolved as a team would, so support questions of later
     * conversations are not about it.
     */
    @Override
    public void close() {
        String thread = threads.get(ChannelKind.INCIDENT);
        String key = name + "-resolve";
        frontDoor.accept(new Message(key, channel(ChannelKind.INCIDENT), key, thread, Roles.userId(Speaker.RESPONDER),
                null, "resolve", true)).ifPresent(inbound -> frontDoor.answer(inbound.key(), this));
    }

    private void answer(Inbound inbound) {
        if (frontDoor.accept(inbound)) {
            frontDoor.answer(inbound.key(), this);
        }
    }

    private String channel(ChannelKind kind) {
        return name + "-" + kind.label();
    }

    @Override
    public boolean serves(String channel) {
        return channel.startsWith(name + "-");
    }

    @Override
    public String post(String stepId, String channel, String threadTs, Reply reply) {
        ChannelKind kind = channel.equals(channel(ChannelKind.SUPPORT)) ? ChannelKind.SUPPORT : ChannelKind.INCIDENT;
        String ts = "ducky-" + (++posts);
        if (threadTs == null) {
            threads.putIfAbsent(kind, ts);
        }
        List<BotButton> buttons = reply.buttons().stream()
                .map(b -> new BotButton(b.action().id(), b.action().label(), b.value())).toList();
        buttons.forEach(b -> placeOfButton.put(b, new Place(channel, threadTs == null ? ts : threadTs)));
        Map<String, Object> trace = json.convertValue(reply.trace(), new TypeReference<Map<String, Object>>() { });
        posted.add(new BotMessage(kind, UserRef.plain(reply.text()), buttons, trace));
        return ts;
    }

    @Override
    public void postOnlyTo(String stepId, String channel, String threadTs, String user, Reply reply) {
        // not in the channel's history: the end-to-end replay cannot see it either
    }

    @Override
    public void open(Inbound click, Form form) {
        openForm = form;
    }

    @Override
    public void refuse(Inbound submission, List<String> problems) {
        throw new IllegalStateException("the form of turn " + submission.key() + " was not taken: " + problems);
    }

    @Override
    public void showHome(String user, Home home) {
        // App Home is not a conversation
    }
}
