package dev.ducky.slack;

import dev.ducky.conversation.Inbound;
import dev.ducky.copilot.FrontDoor;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers what the inbox holds, off the request thread, through the front door with Slack as the courier; a
 * crash anywhere leaves the message to be answered again on the next start.
 */
@Singleton
public class InboundWork {
    private static final Logger LOG = LoggerFactory.getLogger(InboundWork.class);

    private final FrontDoor frontDoor;
    private final SlackCourier courier;
    private final ExecutorService executor;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();

    public InboundWork(FrontDoor frontDoor, SlackCourier courier, @Named("ducky-work") ExecutorService executor) {
        this.frontDoor = frontDoor;
        this.courier = courier;
        this.executor = executor;
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
            frontDoor.answer(key, courier);
        } catch (RuntimeException e) {
            LOG.error("Could not answer inbox message {}; it stays in the inbox for the next start", key, e);
        } finally {
            inFlight.remove(key);
        }
    }

    /** Resubmits everything that was acked but not answered, e.g. after a crash. */
    public int resumeUnanswered() {
        List<Inbound> unanswered = frontDoor.unanswered();
        unanswered.forEach(inbound -> submit(inbound.key(), inbound.channel()));
        return unanswered.size();
    }
}
