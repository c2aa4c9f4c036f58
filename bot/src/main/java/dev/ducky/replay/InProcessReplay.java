package dev.ducky.replay;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.coach.AlertTrigger;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Turn;
import dev.ducky.conversation.UserRef;
import dev.ducky.copilot.Copilot;
import dev.ducky.evals.replay.BotButton;
import dev.ducky.evals.replay.BotMessage;
import dev.ducky.evals.replay.ChannelKind;
import dev.ducky.evals.replay.Replay;
import dev.ducky.evals.replay.ReplayTurn;
import dev.ducky.evals.replay.Speaker;
import dev.ducky.inbox.AskedThreads;
import dev.ducky.inbox.Inbound;
import dev.ducky.inbox.InboxRepository;
import io.micronaut.context.ApplicationContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One conversation with the in-process Copilot, delivered the way the Slack adapter delivers it: stored in
 * the inbox first (which drops a redelivery), answered only when Ducky is mentioned, when a human answers in
 * a thread where Ducky asked, or when an alerting bot posts an alert; the question's thread is remembered.
 */
final class InProcessReplay implements Replay {
    private static final String ALERTING_BOT = "B0ALERTS";

    private final Copilot copilot;
    private final AlertTrigger alerts;
    private final InboxRepository inbox;
    private final AskedThreads askedThreads;
    private final ObjectMapper json;
    private final String name;
    private final Map<ChannelKind, String> threads = new EnumMap<>(ChannelKind.class);

    InProcessReplay(ApplicationContext context, String name) {
        this.copilot = context.getBean(Copilot.class);
        this.alerts = context.getBean(AlertTrigger.class);
        this.inbox = context.getBean(InboxRepository.class);
        this.askedThreads = context.getBean(AskedThreads.class);
        this.json = context.getBean(ObjectMapper.class);
        this.name = name;
    }

    @Override
    public List<BotMessage> send(ReplayTurn turn) {
        String channel = name + "-" + turn.channel().label();
        // The first turn said in the thread starts it; a top-level message is a thread of its own.
        String threadTs = turn.inThread() ? threads.computeIfAbsent(turn.channel(), k -> turn.id()) : turn.id();
        boolean startsThread = threadTs.equals(turn.id());
        Inbound inbound = delivered(turn, channel, threadTs, startsThread);
        if (inbound == null || !inbox.accept(inbound)) {
            return List.of();
        }
        Inbound stored = inbox.find(inbound.key()).orElseThrow();
        Turn said = new Turn(channel, threadTs, stored.user(), Roles.of(turn.as()), Roles.channel(turn.channel()),
                stored.text());
        List<Reply> replies = switch (stored.kind()) {
            case ALERT -> copilot.alert(said, stored.detail());
            case CLICK -> copilot.click(said, new Button(Button.Action.ofId(stored.detail()), stored.text()));
            default -> copilot.respond(said);
        };
        if (replies.stream().anyMatch(Reply::asksQuestion)) {
            askedThreads.remember(channel, threadTs);
        }
        inbox.markAnswered(inbound.key());
        return replies.stream().map(reply -> message(turn.channel(), reply)).toList();
    }

    /** What the Slack adapter would hand to Ducky for this turn; null when Slack would not involve Ducky. */
    private Inbound delivered(ReplayTurn turn, String channel, String threadTs, boolean startsThread) {
        String user = Roles.userId(turn.as());
        return switch (turn.kind()) {
            case CLICK -> new Inbound(turn.id(), Inbound.Kind.CLICK, channel, threadTs, user, turn.button().value(),
                    turn.button().action());
            case SUBMISSION -> throw new UnsupportedOperationException("modal submissions need the support flow");
            case MESSAGE -> {
                if (turn.as() == Speaker.ALERTING) {
                    yield alerts.alertIn(turn.text(), ALERTING_BOT).map(alert -> new Inbound(turn.id(),
                            Inbound.Kind.ALERT, channel, threadTs, null, turn.text(), alert)).orElse(null);
                }
                if (turn.mention()) {
                    yield new Inbound(turn.id(), Inbound.Kind.MENTION, channel, threadTs, user, turn.text());
                }
                boolean answer = turn.inThread() && !startsThread && askedThreads.asked(channel, threadTs);
                yield answer ? new Inbound(turn.id(), Inbound.Kind.THREAD_ANSWER, channel, threadTs, user, turn.text())
                        : null;
            }
        };
    }

    private BotMessage message(ChannelKind channel, Reply reply) {
        List<BotButton> buttons = reply.buttons().stream()
                .map(b -> new BotButton(b.action().id(), b.action().label(), b.value())).toList();
        Map<String, Object> trace = json.convertValue(reply.trace(), new TypeReference<Map<String, Object>>() { });
        return new BotMessage(channel, UserRef.plain(reply.text()), buttons, trace);
    }
}
