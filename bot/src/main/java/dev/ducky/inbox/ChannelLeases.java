package dev.ducky.inbox;

import dev.ducky.config.InboxSettings;
import dev.ducky.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which replica answers a channel now. Messages of one channel are answered one at a time in arrival order, also
 * when replicas share the database: the replica holding the channel's lease answers them all, the others leave
 * the channel alone until the lease is released or runs out (its holder stopped renewing: it died).
 */
@Singleton
public class ChannelLeases {
    private final Sql sql;
    private final String owner;
    private final Duration lease;
    /** Channels this process holds: within a process, one worker at a time per channel too. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public ChannelLeases(Sql sql, InboxSettings settings) {
        this.sql = sql;
        this.owner = settings.replicaName();
        this.lease = settings.lease();
    }

    /** Takes the channel: free, expired, or held under this replica's name by an earlier run of it. */
    public boolean take(String channel) {
        if (!held.add(channel)) {
            return false;
        }
        if (extend(channel)) {
            return true;
        }
        held.remove(channel);
        return false;
    }

    /** Extends a lease this process holds; false when it was lost (it ran out and another replica took it). */
    public boolean renew(String channel) {
        if (!held.contains(channel)) {
            return false;
        }
        Instant until = Instant.now().plus(lease);
        if (sql.update("update channel_lease set until = ? where channel = ? and owner = ?", until, channel, owner) == 1) {
            return true;
        }
        held.remove(channel);
        return false;
    }

    /** Renews every lease this process holds (a heartbeat, while a long answer is worked out); returns how many. */
    public int renewHeld() {
        return (int) Set.copyOf(held).stream().filter(this::renew).count();
    }

    public void release(String channel) {
        if (held.remove(channel)) {
            sql.update("delete from channel_lease where channel = ? and owner = ?", channel, owner);
        }
    }

    /** Forgets leases that ran out before {@code before} (their channels have nothing left to answer). */
    public int forget(Instant before) {
        return sql.update("delete from channel_lease where until < ?", before);
    }

    private boolean extend(String channel) {
        Instant now = Instant.now();
        Instant until = now.plus(lease);
        // The update decides between replicas racing for an existing row; the insert for a channel seen first.
        return sql.update("update channel_lease set owner = ?, until = ? where channel = ? and (owner = ? or until < ?)",
                owner, until, channel, owner, now) == 1
                || sql.update("insert into channel_lease (channel, owner, until) values (?, ?, ?) on conflict do nothing",
                channel, owner, until) == 1;
    }
}
