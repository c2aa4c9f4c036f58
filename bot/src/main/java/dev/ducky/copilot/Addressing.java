package dev.ducky.copilot;

import dev.ducky.coach.AlertTrigger;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Message;
import dev.ducky.conversation.UserRef;
import dev.ducky.inbox.AskedThreads;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule for whether a message is for Ducky, whichever channel it came through (DESIGN.md, thread
 * manners): an alerting integration's alert; a mention; a human's answer in a thread where Ducky asked
 * something, unless it opens by naming a colleague ("@alice can you check…" is for Alice); and, kept silently to
 * learn from, a query a human posted in a code block. Everything else is human conversation Ducky stays out of.
 * It runs before the ack, so it only looks at ids and a prefix, and asks the database one question at most.
 */
@Singleton
public class Addressing {
    private final AlertTrigger alerts;
    private final AskedThreads askedThreads;

    public Addressing(AlertTrigger alerts, AskedThreads askedThreads) {
        this.alerts = alerts;
        this.askedThreads = askedThreads;
    }

    /** What the message is to Ducky, or empty when it is not for Ducky. */
    public Optional<Inbound> of(Message message) {
        if (message.botId() != null) {
            // A bot's message counts only as an alert (whether a human forwarded one is decided after the ack).
            return alerts.alertIn(message.text(), message.botId()).map(alert -> new Inbound(message.key(),
                    Inbound.Kind.ALERT, message.channel(), message.thread(), null, message.text(), alert, null,
                    message.role(), Map.of()));
        }
        if (message.mentionsDucky()) {
            return Optional.of(inbound(message, Inbound.Kind.MENTION, message.thread()));
        }
        if (message.inThread() && !UserRef.opens(message.text())
                && askedThreads.asked(message.channel(), message.threadTs())) {
            return Optional.of(inbound(message, Inbound.Kind.THREAD_ANSWER, message.threadTs()));
        }
        if (message.text().contains("```")) {
            return Optional.of(inbound(message, Inbound.Kind.OBSERVED, message.threadTs()));
        }
        return Optional.empty();
    }

    private static Inbound inbound(Message message, Inbound.Kind kind, String thread) {
        return new Inbound(message.key(), kind, message.channel(), thread, message.user(), message.text(), null, null,
                message.role(), Map.of());
    }
}
