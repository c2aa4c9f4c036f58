package dev.ducky.support;

import dev.ducky.conversation.Courier;
import dev.ducky.conversation.Reply;
import dev.ducky.inbox.AskedThreads;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one outbox of the support flow: what stored steps decided, told through whichever adapter serves the
 * question's channels (Slack, the console, a replay), oldest first, each post once — the step's transition id
 * travels as the post's step id, so a post that landed before a crash is found, not repeated. A question's first
 * post in a conversation starts its thread; later ones go in it. A step is claimed before delivery, so two
 * replicas don't both deliver it; this host takes back its own claims at once (it restarted), others' after a
 * lease.
 */
@Singleton
public class SupportOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(SupportOutbox.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final SupportStore store;
    private final AskedThreads askedThreads;
    private final String owner = host();

    public SupportOutbox(SupportStore store, AskedThreads askedThreads) {
        this.store = store;
        this.askedThreads = askedThreads;
    }

    /** Delivers every undelivered step this courier serves and can claim; a failing question waits for the next round. */
    public synchronized int deliver(Courier courier) {
        int delivered = 0;
        Set<String> failed = new HashSet<>();
        for (Step step : store.undelivered()) {
            if (failed.contains(step.questionId()) || !courier.serves(store.question(step.questionId()).supportChannel())
                    || !store.claim(step.id(), owner, Instant.now().minus(LEASE))) {
                continue;
            }
            try {
                deliver(step, courier);
                store.delivered(step.id());
                delivered++;
            } catch (RuntimeException e) {
                failed.add(step.questionId());
                LOG.error("Could not deliver support step {}; it is retried on the next round", step.transitionId(), e);
            }
        }
        return delivered;
    }

    private void deliver(Step step, Courier courier) {
        List<Post> posts = step.posts();
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            Question q = store.question(step.questionId());
            boolean toSupport = post.to() == Post.To.SUPPORT;
            String channel = toSupport ? q.supportChannel() : q.incidentChannel();
            String thread = toSupport ? q.supportThread() : q.devThread();
            String stepId = "support:" + step.transitionId() + "/" + i;
            Reply reply = post.reply();
            if (post.visibleTo() != null) {
                courier.postOnlyTo(stepId, channel, thread, post.visibleTo(), reply);
                continue;
            }
            // Developers answer in the incident thread, support answers Ducky's questions: remembered before the
            // post, since the humans may answer as soon as it shows.
            boolean answersAreForDucky = !toSupport || reply.asksQuestion();
            if (thread != null && answersAreForDucky) {
                askedThreads.remember(channel, thread);
            }
            String posted = courier.post(stepId, channel, thread, reply);
            if (thread == null) {
                if (toSupport) {
                    store.setSupportThread(q.id(), posted);
                } else {
                    store.setDevThread(q.id(), posted);
                }
                if (answersAreForDucky) {
                    askedThreads.remember(channel, posted);
                }
            }
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            LOG.warn("Unknown host name ({}); support deliveries are claimed as 'ducky'", e.getMessage());
            return "ducky";
        }
    }
}
