package dev.ducky.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Attachment;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageEvent;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Message;
import dev.ducky.conversation.UserRef;
import dev.ducky.copilot.FrontDoor;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The thin Slack handlers: turn a payload into a {@link Message} or an {@link Inbound}, hand it to the front
 * door (which decides whether it is for Ducky and stores it), ack, and give it to a worker. Storing comes
 * first, so an acked message is never lost; a redelivery finds its key taken and is only acked.
 */
@Singleton
public class SlackInbound {
    // Slack escapes "<" and ">" in what people type, so a label stops at either: a message of unclosed
    // mentions is read once, not once per "<@".
    private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]++)(\\|[^<>]*+)?>");

    private final FrontDoor frontDoor;
    private final InboundWork work;
    private final MeterRegistry metrics;

    public SlackInbound(FrontDoor frontDoor, InboundWork work, MeterRegistry metrics) {
        this.frontDoor = frontDoor;
        this.work = work;
        this.metrics = metrics;
    }

    void register(App app) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            return accept(ctx, new Message(payload.getEventId(), event.getChannel(), event.getTs(), event.getThreadTs(),
                    event.getUser(), null, clean(event.getText(), ctx.getBotUserId()), true));
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            if (event.getBotId() == null && mentions(event.getText(), ctx.getBotUserId())) {
                return ctx.ack(); // Slack delivers a mention twice; the app_mention is the one answered
            }
            String text = event.getBotId() != null ? withAttachments(event.getText(), event.getAttachments())
                    : clean(event.getText(), ctx.getBotUserId());
            return accept(ctx, new Message(payload.getEventId(), event.getChannel(), event.getTs(), event.getThreadTs(),
                    event.getUser(), event.getBotId(), text, false));
        });
        app.event(MessageBotEvent.class, (payload, ctx) -> {
            MessageBotEvent event = payload.getEvent();
            return accept(ctx, new Message(payload.getEventId(), event.getChannel(), event.getTs(), event.getThreadTs(),
                    null, event.getBotId(), withAttachments(event.getText(), event.getAttachments()), false));
        });
        app.blockAction(Pattern.compile("ducky_.*"), (request, ctx) -> {
            var payload = request.getPayload();
            var action = payload.getActions().get(0);
            var container = payload.getContainer();
            String thread = container.getThreadTs() != null ? container.getThreadTs() : container.getMessageTs();
            return accept(ctx, Inbound.click(action.getActionTs() + ":" + action.getActionId(),
                    container.getChannelId(), thread, payload.getUser().getId(),
                    new Button(Button.Action.ofId(action.getActionId()), action.getValue()), payload.getTriggerId()));
        });
        app.command("/ducky", (request, ctx) -> {
            var command = request.getPayload();
            return accept(ctx, new Inbound(command.getTriggerId(), Inbound.Kind.COMMAND, command.getChannelId(), null,
                    command.getUserId(), clean(command.getText(), ctx.getBotUserId())));
        });
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

    /** A message: stored and answered when the addressing rule says it is for Ducky, else only acked. */
    private Response accept(Context ctx, Message message) {
        frontDoor.accept(message).ifPresent(inbound -> accepted(inbound));
        return ctx.ack();
    }

    /** A command, click or form: for Ducky by its nature. */
    Response accept(Context ctx, Inbound inbound) {
        if (frontDoor.accept(inbound)) {
            accepted(inbound);
        } else {
            metrics.counter("ducky.inbox.duplicates", "kind", inbound.kind().name()).increment();
        }
        return ctx.ack();
    }

    private void accepted(Inbound inbound) {
        metrics.counter("ducky.inbox.accepted", "kind", inbound.kind().name()).increment();
        work.submit(inbound.channel());
    }

    private static boolean mentions(String text, String botUserId) {
        return text != null && botUserId != null && text.contains("<@" + botUserId);
    }

    /** What the human typed: Ducky's own mention removed, other mentions as {@code @{id}}, escaping undone. */
    static String clean(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        return Mrkdwn.unescape(MENTION.matcher(text).replaceAll(m -> m.group(1).equals(botUserId) ? " "
                : UserRef.of(m.group(1)))).strip();
    }
}
