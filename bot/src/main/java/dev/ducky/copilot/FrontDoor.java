package dev.ducky.copilot;

import dev.ducky.config.InboxSettings;
import dev.ducky.conversation.Courier;
import dev.ducky.conversation.Form;
import dev.ducky.conversation.Inbound;
import dev.ducky.conversation.Message;
import dev.ducky.conversation.Outcome;
import dev.ducky.conversation.Reply;
import dev.ducky.inbox.AskedThreads;
import dev.ducky.inbox.ChannelLeases;
import dev.ducky.inbox.InboxRepository;
import dev.ducky.inbox.Retention;
import dev.ducky.support.SupportOutbox;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way in for every channel (Slack over HTTP or Socket Mode, the console, in-process and end-to-end
 * replays): a delivery is addressed by the one rule, stored in the inbox (which drops a redelivery), and later
 * answered — the copilot decides, the channel's courier carries it out, and only then is the delivery marked
 * answered, so a crash anywhere leaves it to be answered again. Support-flow steps it caused leave through the
 * one outbox right after. Each answer is an attempt, counted before it is made; a message that failed all of its
 * attempts (or was being answered when the process died that often) becomes a dead letter and is never replayed.
 */
@Singleton
public class FrontDoor {
    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);

    private final Addressing addressing;
    private final InboxRepository inbox;
    private final Copilot copilot;
    private final AskedThreads askedThreads;
    private final SupportOutbox outbox;
    private final ChannelLeases leases;
    private final DeadLetters deadLetters;
    private final Retention retention;
    private final int maxAttempts;

    public FrontDoor(Addressing addressing, InboxRepository inbox, Copilot copilot, AskedThreads askedThreads,
                     SupportOutbox outbox, ChannelLeases leases, DeadLetters deadLetters, Retention retention,
                     InboxSettings settings) {
        this.addressing = addressing;
        this.inbox = inbox;
        this.copilot = copilot;
        this.askedThreads = askedThreads;
        this.outbox = outbox;
        this.leases = leases;
        this.deadLetters = deadLetters;
        this.retention = retention;
        this.maxAttempts = settings.maxAttempts();
    }

    /** Stores a message that is for Ducky; empty when it is not for Ducky or was delivered before. */
    public Optional<Inbound> accept(Message message) {
        return addressing.of(message).filter(this::accept);
    }

    /** Stores a delivery that is for Ducky by its nature (a command, a click, a form); false for a redelivery. */
    public boolean accept(Inbound inbound) {
        return inbox.accept(inbound);
    }

    /** What is wrong with a filled-in form, checked while the person can still change it (empty: fine). */
    public List<String> problemsWith(Form.Filled form) {
        return copilot.problemsWith(form);
    }

    /** What support would receive if this form were confirmed. */
    public String preview(Form.Filled form) {
        return copilot.preview(form);
    }

    /**
     * Answers a stored delivery through the courier of the channel it came from, trying again at once when that
     * fails, up to the attempts allowed; then gives up on it ({@link Outcome#NOTHING}). Nothing a message does
     * escapes from here — a parser's stack overflow included — so one message cannot take its channel with it.
     */
    public Outcome answer(String key, Courier courier) {
        Inbound inbound = inbox.find(key).orElseThrow(() -> new IllegalStateException("no inbox message " + key));
        Outcome outcome = answerWithAttempts(inbound, courier);
        // Support-flow steps are stored by now: a crash from here on leaves them to the next delivery round.
        outbox.deliver(courier);
        return outcome;
    }

    private Outcome answerWithAttempts(Inbound inbound, Courier courier) {
        while (true) {
            int attempt = inbox.attempt(inbound.key());
            if (attempt > maxAttempts) {
                deadLetters.giveUp(inbound, attempt - 1, "the process stopped while answering it", courier);
                return Outcome.NOTHING;
            }
            try {
                Outcome outcome = copilot.handle(inbound);
                courier.decided(inbound, outcome);
                carry(inbound, outcome, courier);
                inbox.markAnswered(inbound.key());
                return outcome;
            } catch (Throwable e) {
                if (attempt < maxAttempts) {
                    LOG.warn("Attempt {} of {} at inbox message {} failed: {}", attempt, maxAttempts, inbound.key(),
                            e.toString());
                    inbox.failed(inbound.key(), e.toString());
                    continue;
                }
                LOG.error("The last attempt at inbox message {} failed", inbound.key(), e);
                deadLetters.giveUp(inbound, attempt, e.toString(), courier);
                return Outcome.NOTHING;
            }
        }
    }

    /**
     * Answers the deliveries the channel held when this pass began, one by one in arrival order, unless another
     * worker or replica is answering that channel now (false: it answers these too, or they wait for the next
     * round). Later deliveries get a pass of their own, behind what other channels are waiting for.
     */
    public boolean drain(String channel, Courier courier) {
        if (!leases.take(channel)) {
            return false;
        }
        try {
            for (String key : inbox.waitingIn(channel)) {
                answer(key, courier);
                if (!leases.renew(channel)) {
                    return true; // the lease ran out during a long answer and another replica took the channel over
                }
            }
            return true;
        } finally {
            leases.release(channel);
        }
    }

    /** Channels holding deliveries still to answer, the longest waiting first. */
    public List<String> channelsWithWork() {
        return inbox.channelsWithWork();
    }

    /** Keeps the channels this replica is answering its own while answers take long; returns how many. */
    public int renewLeases() {
        return leases.renewHeld();
    }

    /** Forgets delivery bookkeeping older than the retention; returns how many rows went. */
    public int forgetOld(Instant now) {
        return retention.forgetOld(now);
    }

    /** Takes the support reminders that are due, then delivers what the flow has to say. */
    public Reminded remind(Instant now, Courier courier) {
        int reminded = copilot.remind(now);
        return new Reminded(reminded, outbox.deliver(courier));
    }

    /** How many reminders were taken, and how many support steps delivered. */
    public record Reminded(int reminders, int delivered) {
    }

    private void carry(Inbound inbound, Outcome outcome, Courier courier) {
        List<Reply> replies = outcome.replies();
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            // Remembered before the post: a human may answer as soon as the question shows. Whoever said the
            // message is asked (about an alert, whoever responds); a reply that asks nothing closes the question.
            if (inbound.threadTs() != null) {
                if (reply.asksQuestion()) {
                    askedThreads.remember(inbound.channel(), inbound.threadTs(),
                            inbound.kind() == Inbound.Kind.ALERT ? null : inbound.user());
                } else {
                    askedThreads.forget(inbound.channel(), inbound.threadTs());
                }
            }
            courier.post(inbound.key() + "/" + i, inbound.channel(), inbound.threadTs(), reply);
        }
        if (outcome.form() != null) {
            courier.open(inbound, outcome.form());
        }
        if (!outcome.refused().isEmpty()) {
            courier.refuse(inbound, outcome.refused());
        }
        if (outcome.home() != null) {
            courier.showHome(inbound.user(), outcome.home());
        }
    }
}
