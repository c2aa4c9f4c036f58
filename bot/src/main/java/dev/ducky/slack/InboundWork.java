package dev.ducky.slack;

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
 * Answers what the inbox holds, off the request thread, through the front door with Slack as the courier.
 * Work is per channel: one worker answers a channel's messages in the order they arrived (an incident's
 * "start" before its notes), different channels in parallel; with several replicas, the one holding the
 * channel's lease answers it. Whatever happens while answering stays in that channel's pass: the next message
 * there is answered all the same.
 */
@Singleton
public class InboundWork {
    private static final Logger LOG = LoggerFactory.getLogger(InboundWork.class);

    private final FrontDoor frontDoor;
    private final SlackCourier courier;
    private final ExecutorService executor;
    /** Channels with a pass queued and not started: a burst of messages needs one more pass, not one each. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();

    public InboundWork(FrontDoor frontDoor, SlackCourier courier, @Named("ducky-work") ExecutorService executor) {
        this.frontDoor = frontDoor;
        this.courier = courier;
        this.executor = executor;
    }

    /** A message was stored for the channel: a worker answers it (and whatever else waits there) soon. */
    public void submit(String channel) {
        if (!queued.add(channel)) {
            return;
        }
        CompletableFuture<Void> pass = lanes.compute(channel, (c, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                        .thenRunAsync(() -> answer(channel), executor));
        pass.whenComplete((done, error) -> lanes.remove(channel, pass));
    }

    private void answer(String channel) {
        queued.remove(channel);
        try {
            frontDoor.drain(channel, courier);
        } catch (Throwable e) {
            LOG.error("Could not answer the messages of {}; they stay in the inbox for the next round", channel, e);
        }
    }

    /**
     * Queues every channel with messages still to answer: after a start (what was acked before a stop), and
     * every few seconds for what another replica left when it stopped, or stored while this one held the channel.
     */
    public int sweep() {
        List<String> channels = frontDoor.channelsWithWork();
        channels.forEach(this::submit);
        return channels.size();
    }
}
