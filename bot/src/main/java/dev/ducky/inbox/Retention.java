package dev.ducky.inbox;

import dev.ducky.config.InboxSettings;
import dev.ducky.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the delivery bookkeeping from growing forever: answered messages and dead letters, posted steps and
 * threads where Ducky asked are forgotten after DUCKY_RETENTION. Incidents, their timelines and support
 * questions are the team's record and stay.
 */
@Singleton
public class Retention {
    private final Sql sql;
    private final InboxRepository inbox;
    private final ChannelLeases leases;
    private final Duration retention;

    public Retention(Sql sql, InboxRepository inbox, ChannelLeases leases, InboxSettings settings) {
        this.sql = sql;
        this.inbox = inbox;
        this.leases = leases;
        this.retention = settings.retention();
    }

    /** Forgets what is older than the retention at {@code now}; returns how many rows went. */
    public int forgetOld(Instant now) {
        Instant before = now.minus(retention);
        return inbox.forget(before)
                + sql.update("delete from posted_step where updated_at < ?", before)
                + sql.update("delete from asked_thread where asked_at < ?", before)
                + leases.forget(before);
    }
}
