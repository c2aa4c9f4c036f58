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
 * Every few seconds: takes the reminders that are due, and delivers support steps not delivered yet — which,
 * right after a start, resumes whatever a crash interrupted.
 */
@Singleton
@Requires(env = Environments.SERVE)
public class SupportTimers {
    private static final Logger LOG = LoggerFactory.getLogger(SupportTimers.class);

    private final FrontDoor frontDoor;
    private final SlackCourier courier;

    public SupportTimers(FrontDoor frontDoor, SlackCourier courier) {
        this.frontDoor = frontDoor;
        this.courier = courier;
    }

    @Scheduled(fixedDelay = "${ducky.support.reminder-check}", initialDelay = "1s")
    void tick() {
        FrontDoor.Reminded done = frontDoor.remind(Instant.now(), courier);
        if (done.reminders() > 0 || done.delivered() > 0) {
            LOG.info("Support: {} reminder(s) taken, {} step(s) delivered", done.reminders(), done.delivered());
        }
    }
}
