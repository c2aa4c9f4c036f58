package dev.ducky.slack;

import dev.ducky.config.SupportSettings;
import dev.ducky.conversation.Button;
import dev.ducky.conversation.ChannelKind;
import dev.ducky.conversation.Reply;
import dev.ducky.conversation.Role;
import dev.ducky.conversation.Turn;
import dev.ducky.copilot.Copilot;
import dev.ducky.inbox.AskedThreads;
import dev.ducky.inbox.Inbound;
import dev.ducky.inbox.InboxRepository;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers what the inbox holds, off the request thread: the copilot decides, the poster posts each reply
 * once, and only then is the message marked answered — so a crash anywhere leaves it to be answered again.
 * Support-flow steps are stored while answering and delivered after it (after a crash, by the next round).
 */
@Singleton
public class InboundWork {
    private static final Logger LOG = LoggerFactory.getLogger(InboundWork.class);

    private final InboxRepository inbox;
    private final Copilot copilot;
    private final ReplyPoster poster;
    private final AskedThreads askedThreads;
    private final SupportWork support;
    private final SupportDelivery delivery;
    private final Set<String> supportChannels;
    private final ExecutorService executor;
    private final Optional<SlackThinkingStatus> thinking;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();

    public InboundWork(InboxRepository inbox, Copilot copilot, ReplyPoster poster, AskedThreads askedThreads,
                       SupportWork support, SupportDelivery delivery, SupportSettings supportSettings,
                       @Named("ducky-work") ExecutorService executor, Optional<SlackThinkingStatus> thinking) {
        this.inbox = inbox;
        this.copilot = copilot;
        this.poster = poster;
        this.askedThreads = askedThreads;
        this.support = support;
        this.delivery = delivery;
        this.supportChannels = supportSettings.supportChannels();
        this.executor = executor;
        this.thinking = thinking;
    }

    /**
     * Hands the stored message to a worker and returns at once. Messages of one channel are answered in the
     * order they arrived (an incident's "start" before its notes), messages of different channels in parallel.
     */
    public void submit(String key, String channel) {
        if (inFlight.add(key)) {
            lanes.compute(channel, (c, tail) -> (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                    .thenRunAsync(() -> answer(key), executor));
        }
    }

    private void answer(String key) {
        try {
            process(key);
        } catch (RuntimeException e) {
            LOG.error("Could not answer inbox message {}; it stays in the inbox for the next start", key, e);
        } finally {
            inFlight.remove(key);
        }
    }

    /** Resubmits everything that was acked but not answered, e.g. after a crash. */
    public int resumeUnanswered() {
        List<String> keys = inbox.unanswered();
        keys.forEach(key -> inbox.find(key).ifPresent(inbound -> submit(key, inbound.channel())));
        return keys.size();
    }

    void process(String key) {
        Inbound inbound = inbox.find(key).orElseThrow(() -> new IllegalStateException("no inbox message " + key));
        boolean fromSupport = supportChannels.contains(inbound.channel());
        Turn turn = new Turn(inbound.channel(), inbound.threadTs() == null ? "" : inbound.threadTs(), inbound.user(),
                fromSupport ? Role.SUPPORT : Role.RESPONDER, fromSupport ? ChannelKind.SUPPORT : ChannelKind.INCIDENT,
                inbound.text());
        if (support.handles(inbound)) {
            support.process(inbound, turn);
        } else {
            List<Reply> replies = switch (inbound.kind()) {
                case ALERT -> copilot.alert(turn, inbound.detail());
                case CLICK -> copilot.click(turn, new Button(Button.Action.ofId(inbound.detail()), inbound.text()), key);
                case OBSERVED -> copilot.observe(turn);
                default -> copilot.respond(turn, key);
            };
            thinking.ifPresent(status -> status.settle(inbound.channel(), inbound.threadTs(), !replies.isEmpty()));
            post(key, inbound, replies);
        }
        inbox.markAnswered(key);
        // Support-flow steps are stored by now: a crash from here on leaves them to the next delivery round.
        delivery.deliverPending();
    }

    private void post(String key, Inbound inbound, List<Reply> replies) {
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            // Remembered before the post: a human may answer as soon as the question shows in Slack.
            if (reply.asksQuestion() && inbound.threadTs() != null) {
                askedThreads.remember(inbound.channel(), inbound.threadTs());
            }
            poster.post(key + "/" + i, inbound.channel(), inbound.threadTs(), reply);
        }
    }
}
