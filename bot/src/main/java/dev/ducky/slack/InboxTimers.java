package dev.ducky.slack;

import dev.ducky.config.Environments;
import dev.ducky.copilot.FrontDoor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox's clocks: a sweep for messages nobody is answering (another replica stopped, or one arrived while
 * this replica held its channel), a heartbeat for the channels being answered, and retention once an hour.
 */
@Singleton
@Requires(env = Environments.SERVE)
public class InboxTimers {
    private static final Logger LOG = LoggerFactory.getLogger(InboxTimers.class);

    private final InboundWork work;
    private final FrontDoor frontDoor;

    public InboxTimers(InboundWork work, FrontDoor frontDoor) {
        this.work = work;
        this.frontDoor = frontDoor;
    }

    @Scheduled(fixedDelay = "${ducky.inbox.sweep:2s}", initialDelay = "2s")
    void sweep() {
        work.sweep();
    }

    @Scheduled(fixedDelay = "${ducky.inbox.heartbeat}", initialDelay = "${ducky.inbox.heartbeat}")
    void heartbeat() {
        frontDoor.renewLeases();
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void retention() {
        int forgotten = frontDoor.forgetOld(Instant.now());
        if (forgotten > 0) {
            LOG.info("Retention: forgot {} old inbox, posted-step and asked-thread row(s)", forgotten);
        }
    }
}
