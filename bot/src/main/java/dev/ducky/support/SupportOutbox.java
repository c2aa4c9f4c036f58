package dev.ducky.support;

import dev.ducky.config.InboxSettings;
import dev.ducky.conversation.Courier;
import dev.ducky.conversation.Reply;
import dev.ducky.inbox.AskedThreads;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one outbox of the support flow: what stored steps decided, told through whichever adapter serves the
 * question's channels (Slack, the console, a replay), oldest first, each post once — the step's transition id
 * travels as the post's step id, so a post that landed before a crash is found, not repeated. A question's first
 * post in a conversation starts its thread; later ones go in it. A step is claimed before delivery, so two
 * replicas don't both deliver it; a replica takes back its own claims at once (it restarted), others' after a
 * lease. Within a process, one thread at a time delivers a question's steps, and a question whose channel waits
 * out a rate limit is left for the next round, so no channel's wait holds up another's.
 */
@Singleton
public class SupportOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(SupportOutbox.class);

    private final SupportStore store;
    private final AskedThreads askedThreads;
    private final String owner;
    private final Duration lease;
    private final Set<String> delivering = ConcurrentHashMap.newKeySet();

    public SupportOutbox(SupportStore store, AskedThreads askedThreads, InboxSettings settings) {
        this.store = store;
        this.askedThreads = askedThreads;
        this.owner = settings.replicaName();
        this.lease = settings.lease();
    }

    /** Delivers every undelivered step this courier serves and can claim; a failing question waits for the next round. */
    public int deliver(Courier courier) {
        int delivered = 0;
        Set<String> skipped = new HashSet<>();
        for (Step step : store.undelivered()) {
            String questionId = step.questionId();
            if (skipped.contains(questionId) || !ready(store.question(questionId), courier)
                    || !delivering.add(questionId)) {
                skipped.add(questionId); // later steps of the question wait for this one
                continue;
            }
            try {
                if (!store.claim(step.id(), owner, Instant.now().minus(lease))) {
                    skipped.add(questionId);
                    continue;
                }
                deliver(step, courier);
                store.delivered(step.id());
                delivered++;
            } catch (Throwable e) {
                skipped.add(questionId);
                LOG.error("Could not deliver support step {}; it is retried on the next round", step.transitionId(), e);
            } finally {
                delivering.remove(questionId);
            }
        }
        return delivered;
    }

    /** Whether this courier carries the question's messages and none of its channels waits out a rate limit. */
    private static boolean ready(Question q, Courier courier) {
        return courier.serves(q.supportChannel()) && courier.readyFor(q.supportChannel())
                && (q.incidentChannel() == null || courier.readyFor(q.incidentChannel()));
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
}
