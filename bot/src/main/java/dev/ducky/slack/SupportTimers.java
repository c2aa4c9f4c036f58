package dev.ducky.slack;

import dev.ducky.support.SupportDesk;
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
@Requires(env = SlackConnection.SERVE_ENVIRONMENT)
public class SupportTimers {
    private static final Logger LOG = LoggerFactory.getLogger(SupportTimers.class);

    private final SupportDesk desk;
    private final SupportDelivery delivery;

    public SupportTimers(SupportDesk desk, SupportDelivery delivery) {
        this.desk = desk;
        this.delivery = delivery;
    }

    @Scheduled(fixedDelay = "${ducky.support.reminder-check}", initialDelay = "1s")
    void tick() {
        int reminded = desk.remind(Instant.now());
        int delivered = delivery.deliverPending();
        if (reminded > 0 || delivered > 0) {
            LOG.info("Support: {} reminder(s) taken, {} step(s) delivered", reminded, delivered);
        }
    }
}
