package dev.ducky.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Attachment;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageEvent;
import dev.ducky.coach.AlertTrigger;
import dev.ducky.conversation.UserRef;
import dev.ducky.inbox.AskedThreads;
import dev.ducky.inbox.Inbound;
import dev.ducky.inbox.InboxRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The thin Slack handlers: turn a payload into an {@link Inbound}, store it, ack, and hand it to a worker.
 * Storing comes first, so an acked message is never lost; a redelivery finds its key taken and is only acked.
 */
@Singleton
public class SlackInbound {
    private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)(\\|[^>]*)?>");

    private final InboxRepository inbox;
    private final AskedThreads askedThreads;
    private final InboundWork work;
    private final AlertTrigger alerts;
    private final MeterRegistry metrics;

    public SlackInbound(InboxRepository inbox, AskedThreads askedThreads, InboundWork work, AlertTrigger alerts,
                        MeterRegistry metrics) {
        this.alerts = alerts;
        this.inbox = inbox;
        this.askedThreads = askedThreads;
        this.work = work;
        this.metrics = metrics;
    }

    void register(App app) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            String thread = threadOf(event.getThreadTs(), event.getTs());
            return accept(ctx, new Inbound(payload.getEventId(), Inbound.Kind.MENTION, event.getChannel(), thread,
                    event.getUser(), clean(event.getText(), ctx.getBotUserId())));
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            if (event.getBotId() != null) {
                return alert(ctx, payload.getEventId(), event.getChannel(), threadOf(event.getThreadTs(), event.getTs()),
                        event.getBotId(), withAttachments(event.getText(), event.getAttachments()));
            }
            if (isAnswerToDucky(event, ctx)) {
                return accept(ctx, new Inbound(payload.getEventId(), Inbound.Kind.THREAD_ANSWER, event.getChannel(),
                        event.getThreadTs(), event.getUser(), clean(event.getText(), ctx.getBotUserId())));
            }
            if (holdsCode(event, ctx)) {
                return accept(ctx, new Inbound(payload.getEventId(), Inbound.Kind.OBSERVED, event.getChannel(),
                        event.getThreadTs(), event.getUser(), clean(event.getText(), ctx.getBotUserId())));
            }
            return ctx.ack();
        });
        app.event(MessageBotEvent.class, (payload, ctx) -> {
            MessageBotEvent event = payload.getEvent();
            return alert(ctx, payload.getEventId(), event.getChannel(), threadOf(event.getThreadTs(), event.getTs()),
                    event.getBotId(), withAttachments(event.getText(), event.getAttachments()));
        });
        app.blockAction(Pattern.compile("ducky_.*"), (request, ctx) -> {
            var payload = request.getPayload();
            var action = payload.getActions().get(0);
            var container = payload.getContainer();
            String thread = container.getThreadTs() != null ? container.getThreadTs() : container.getMessageTs();
            return accept(ctx, new Inbound(action.getActionTs() + ":" + action.getActionId(), Inbound.Kind.CLICK,
                    container.getChannelId(), thread, payload.getUser().getId(), action.getValue(), action.getActionId(),
                    payload.getTriggerId()));
        });
        app.command("/ducky", (request, ctx) -> {
            var command = request.getPayload();
            return accept(ctx, new Inbound(command.getTriggerId(), Inbound.Kind.COMMAND, command.getChannelId(), null,
                    command.getUserId(), clean(command.getText(), ctx.getBotUserId())));
        });
    }

    /**
     * A human's message in a thread where Ducky asked something. Mentions are left to the app_mention
     * handler, so a mention in such a thread is answered once.
     */
    private boolean isAnswerToDucky(MessageEvent event, Context ctx) {
        return event.getBotId() == null && event.getUser() != null && event.getThreadTs() != null
                && !mentions(event.getText(), ctx.getBotUserId())
                && askedThreads.asked(event.getChannel(), event.getThreadTs());
    }

    /** A human's message with a code block (a query they ran, maybe), not addressed to Ducky: kept to learn from. */
    private static boolean holdsCode(MessageEvent event, Context ctx) {
        return event.getUser() != null && event.getText() != null && event.getText().contains("```")
                && !mentions(event.getText(), ctx.getBotUserId());
    }

    /**
     * A bot's message counts only when it is an alert (Alertmanager, PagerDuty, DUCKY_ALERT_TRIGGER); Bolt
     * already drops Ducky's own messages.
     */
    private Response alert(Context ctx, String eventId, String channel, String threadTs, String botId, String text) {
        return alerts.alertIn(text, botId)
                .map(alert -> accept(ctx, new Inbound(eventId, Inbound.Kind.ALERT, channel, threadTs, null, text, alert)))
                .orElseGet(ctx::ack);
    }

    /** Alertmanager and PagerDuty put the alert in attachments; their text counts as the message's. */
    private static String withAttachments(String text, List<Attachment> attachments) {
        StringBuilder all = new StringBuilder(text == null ? "" : text);
        if (attachments != null) {
            for (Attachment a : attachments) {
                for (String part : new String[] {a.getPretext(), a.getTitle(), a.getText(), a.getFallback()}) {
                    if (part != null) {
                        all.append('\n').append(part);
                    }
                }
            }
        }
        return Mrkdwn.unescape(all.toString().strip());
    }

    Response accept(Context ctx, Inbound inbound) {
        if (inbox.accept(inbound)) {
            metrics.counter("ducky.inbox.accepted", "kind", inbound.kind().name()).increment();
            work.submit(inbound.key(), inbound.channel());
        } else {
            metrics.counter("ducky.inbox.duplicates", "kind", inbound.kind().name()).increment();
        }
        return ctx.ack();
    }

    private static String threadOf(String threadTs, String ts) {
        return threadTs != null ? threadTs : ts;
    }

    private static boolean mentions(String text, String botUserId) {
        return text != null && botUserId != null && text.contains("<@" + botUserId);
    }

    /** What the human typed: Ducky's own mention removed, other mentions as {@code @{id}}, escaping undone. */
    static String clean(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        String withoutDucky = botUserId == null ? text : text.replaceAll("<@" + botUserId + "(\\|[^>]*)?>", " ");
        return Mrkdwn.unescape(MENTION.matcher(withoutDucky).replaceAll(m -> UserRef.of(m.group(1)))).strip();
    }
}
