package dev.ducky.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import dev.ducky.config.SlackSettings;
import dev.ducky.conversation.Reply;
import dev.ducky.inbox.AskedThreads;
import dev.ducky.inbox.PostedSteps;
import dev.ducky.support.Post;
import dev.ducky.support.Question;
import dev.ducky.support.Step;
import dev.ducky.support.SupportStore;
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
 * Tells Slack what stored support steps decided, oldest first: each post once (the step's transition id travels
 * in its metadata, so a post that landed before a crash is found, not repeated). A question's first post in a
 * conversation starts its thread; later ones go in it. A step is claimed before delivery, so two replicas don't
 * both deliver it; this host takes back its own claims at once (it restarted), others' after a lease.
 */
@Singleton
public class SupportDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(SupportDelivery.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final SupportStore store;
    private final ReplyPoster poster;
    private final PostedSteps posted;
    private final AskedThreads askedThreads;
    private final SlackWebApi api;
    private final MethodsClient methods;
    private final String owner = host();

    public SupportDelivery(SupportStore store, ReplyPoster poster, PostedSteps posted, AskedThreads askedThreads,
                           SlackWebApi api, Slack slack, SlackSettings settings) {
        this.store = store;
        this.poster = poster;
        this.posted = posted;
        this.askedThreads = askedThreads;
        this.api = api;
        this.methods = slack.methods(settings.botToken());
    }

    /** Delivers every undelivered step it can claim; a failing question waits for the next round. */
    public synchronized int deliverPending() {
        int delivered = 0;
        Set<String> failed = new HashSet<>();
        for (Step step : store.undelivered()) {
            if (failed.contains(step.questionId()) || store.question(step.questionId()).inConsole()
                    || !store.claim(step.id(), owner, Instant.now().minus(LEASE))) {
                continue;
            }
            try {
                deliver(step);
                store.delivered(step.id());
                delivered++;
            } catch (RuntimeException e) {
                failed.add(step.questionId());
                LOG.error("Could not deliver support step {}; it is retried on the next round", step.transitionId(), e);
            }
        }
        return delivered;
    }

    private void deliver(Step step) {
        List<Post> posts = step.posts();
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            Question q = store.question(step.questionId());
            boolean toSupport = post.to() == Post.To.SUPPORT;
            String channel = toSupport ? q.supportChannel() : q.incidentChannel();
            String thread = toSupport ? q.supportThread() : q.devThread();
            String stepId = "support:" + step.transitionId() + "/" + i;
            if (post.visibleTo() != null) {
                ephemeral(stepId, channel, thread, post.visibleTo(), post.reply());
                continue;
            }
            // Remembered before the post: the humans may answer as soon as it shows.
            if (thread != null && (!toSupport || post.reply().asksQuestion())) {
                askedThreads.remember(channel, thread);
            }
            poster.post(stepId, channel, thread, post.reply());
            if (thread == null) {
                String started = posted.messageTs(stepId).orElseThrow(() -> new IllegalStateException(
                        "no message ts recorded for " + stepId));
                if (toSupport) {
                    store.setSupportThread(q.id(), started);
                } else {
                    store.setDevThread(q.id(), started);
                }
                if (!toSupport || post.reply().asksQuestion()) {
                    askedThreads.remember(channel, started);
                }
            }
        }
    }

    /** Visible to one user; not in the channel's history, so a crash mid-post may show it to them twice. */
    private void ephemeral(String stepId, String channel, String thread, String user, Reply reply) {
        if (posted.state(stepId).filter(s -> s == PostedSteps.State.SENT).isPresent()) {
            return;
        }
        posted.sending(stepId, channel, thread);
        api.call("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r.channel(channel).user(user)
                .threadTs(thread).text(BlockKit.fallback(reply)).blocks(BlockKit.render(reply))));
        posted.sent(stepId, "ephemeral");
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
