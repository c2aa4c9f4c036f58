package dev.ducky.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.ducky.inbox.AskedThreads;
import dev.ducky.inbox.Inbound;
import dev.ducky.inbox.InboxRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * The thin Slack handlers: turn a payload into an {@link Inbound}, store it, ack, and hand it to a worker.
 * Storing comes first, so an acked message is never lost; a redelivery finds its key taken and is only acked.
 */
@Singleton
public class SlackInbound {
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final InboxRepository inbox;
    private final AskedThreads askedThreads;
    private final InboundWork work;
    private final MeterRegistry metrics;

    public SlackInbound(InboxRepository inbox, AskedThreads askedThreads, InboundWork work, MeterRegistry metrics) {
        this.inbox = inbox;
        this.askedThreads = askedThreads;
        this.work = work;
        this.metrics = metrics;
    }

    void register(App app) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            return accept(ctx, new Inbound(payload.getEventId(), Inbound.Kind.MENTION, event.getChannel(), thread,
                    event.getUser(), clean(event.getText())));
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            if (isAnswerToDucky(event, ctx)) {
                return accept(ctx, new Inbound(payload.getEventId(), Inbound.Kind.THREAD_ANSWER, event.getChannel(),
                        event.getThreadTs(), event.getUser(), clean(event.getText())));
            }
            return ctx.ack();
        });
        app.command("/ducky", (request, ctx) -> {
            var command = request.getPayload();
            return accept(ctx, new Inbound(command.getTriggerId(), Inbound.Kind.COMMAND, command.getChannelId(), null,
                    command.getUserId(), Mrkdwn.unescape(command.getText() == null ? "" : command.getText())));
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

    private Response accept(Context ctx, Inbound inbound) {
        if (inbox.accept(inbound)) {
            metrics.counter("ducky.inbox.accepted", "kind", inbound.kind().name()).increment();
            work.submit(inbound.key());
        } else {
            metrics.counter("ducky.inbox.duplicates", "kind", inbound.kind().name()).increment();
        }
        return ctx.ack();
    }

    private static boolean mentions(String text, String botUserId) {
        return text != null && botUserId != null && text.contains("<@" + botUserId);
    }

    /** What the human typed: mentions removed, Slack's escaping undone. */
    static String clean(String text) {
        return text == null ? "" : Mrkdwn.unescape(MENTION.matcher(text).replaceAll(" ")).strip();
    }
}
