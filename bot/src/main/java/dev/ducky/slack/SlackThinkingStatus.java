package dev.ducky.slack;

import dev.ducky.config.Environments;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import dev.ducky.config.SlackSettings;
import dev.ducky.conversation.ThinkingStatus;
import dev.ducky.conversation.Turn;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread's "is thinking…" status ({@code assistant.threads.setStatus}, allowed with chat:write) while a
 * model works on the answer. It is set once per turn, alongside the model call rather than before it, and
 * settled before the reply is posted, so it can never land after the reply and linger. Slack clears it
 * when the reply arrives; a turn that ends in silence clears it itself. Cosmetic: a failure is logged only.
 */
@Singleton
@Requires(env = Environments.SERVE)
public class SlackThinkingStatus implements ThinkingStatus {
    static final String THINKING = "is thinking…";
    private static final Logger LOG = LoggerFactory.getLogger(SlackThinkingStatus.class);
    private static final long SETTLE_SECONDS = 5;

    private final MethodsClient methods;
    private final Map<String, CompletableFuture<Void>> shown = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "ducky-slack-status");
        thread.setDaemon(true);
        return thread;
    });

    public SlackThinkingStatus(Slack slack, SlackSettings settings) {
        this.methods = slack.methods(settings.botToken());
    }

    @Override
    public void show(Turn turn) {
        if (!turn.threadId().isBlank()) {
            shown.computeIfAbsent(key(turn.channelId(), turn.threadId()), key -> CompletableFuture.runAsync(
                    () -> set(turn.channelId(), turn.threadId(), THINKING), executor));
        }
    }

    /** Called once the turn's replies are known and before they are posted; clears the status if none are. */
    void settle(String channel, String threadTs, boolean replying) {
        CompletableFuture<Void> status = threadTs == null ? null : shown.remove(key(channel, threadTs));
        if (status == null) {
            return;
        }
        try {
            status.get(SETTLE_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("Thinking status for {} did not settle", channel, e);
        }
        if (!replying) {
            set(channel, threadTs, "");
        }
    }

    private void set(String channel, String threadTs, String status) {
        try {
            var response = methods.assistantThreadsSetStatus(r -> r.channelId(channel).threadTs(threadTs).status(status));
            if (!response.isOk()) {
                LOG.info("Slack did not take the thinking status in {}: {}", channel, response.getError());
            }
        } catch (Exception e) {
            LOG.info("Could not set the thinking status in {}: {}", channel, e.toString());
        }
    }

    private static String key(String channel, String threadTs) {
        return channel + "/" + threadTs;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
