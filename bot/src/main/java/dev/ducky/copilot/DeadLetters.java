package dev.ducky.copilot;

import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Courier;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Trace;
import dev.ducky.inbox.InboxRepository;
import dev.ducky.prompts.Move;
import dev.ducky.prompts.Templates;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives up on a message that failed all its attempts: it is kept (never replayed), counted, logged with its id,
 * and whoever is waiting for an answer is told once — never with the message's text, which may be what broke.
 */
@Singleton
class DeadLetters {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final InboxRepository inbox;
    private final Templates templates;
    private final MeterRegistry metrics;

    DeadLetters(InboxRepository inbox, Templates templates, MeterRegistry metrics) {
        this.inbox = inbox;
        this.templates = templates;
        this.metrics = metrics;
    }

    void giveUp(Inbound inbound, int attempts, String error, Courier courier) {
        inbox.dead(inbound.key(), error);
        metrics.counter("ducky.inbox.dead_letters", "kind", inbound.kind().name()).increment();
        LOG.error("Gave up on inbox message {} ({} in {}) after {} attempt(s): {}. `ducky inbox` lists it and can"
                + " retry it.", inbound.key(), inbound.kind(), inbound.channel(), attempts, error);
        tell(inbound, courier);
    }

    /** Where the notice goes: nobody waits on a code block Ducky only keeps, a form (its modal is gone) or App Home. */
    private enum Notice { IN_THREAD, TO_PERSON, NONE }

    /** The one short notice; one that cannot be posted (the bot is not in the channel) is only logged. */
    private void tell(Inbound inbound, Courier courier) {
        Notice where = switch (inbound.kind()) {
            case MENTION, THREAD_ANSWER, ALERT -> Notice.IN_THREAD;
            case COMMAND, CLICK -> inbound.user() == null ? Notice.NONE : Notice.TO_PERSON;
            case OBSERVED, FORM, HOME -> Notice.NONE;
        };
        if (where == Notice.NONE || !courier.serves(inbound.channel())) {
            return;
        }
        Reply notice = new Reply(templates.render(Move.COULD_NOT_HANDLE, Map.of()), List.of(), List.of(),
                Trace.offline(Move.COULD_NOT_HANDLE, ChannelKind.INCIDENT, List.of(), List.of()));
        String stepId = inbound.key() + "/could-not-handle";
        try {
            if (where == Notice.IN_THREAD) {
                courier.post(stepId, inbound.channel(), inbound.threadTs(), notice);
            } else {
                courier.postOnlyTo(stepId, inbound.channel(), inbound.threadTs(), inbound.user(), notice);
            }
        } catch (Throwable e) {
            LOG.warn("Could not tell anyone that inbox message {} was given up on: {}", inbound.key(), e.toString());
        }
    }
}
