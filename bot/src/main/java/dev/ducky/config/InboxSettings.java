package dev.ducky.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * How stored deliveries are answered, and kept.
 *
 * @param maxAttempts DUCKY_MAX_ATTEMPTS: how often a message is tried before it becomes a dead letter (default 3)
 * @param lease       how long a replica holds a channel (or a support step) without renewing it; after that
 *                    another replica takes over what it was answering
 * @param heartbeat   how often a replica renews the leases it holds; shorter than the lease
 * @param retention   DUCKY_RETENTION: how long answered messages, posted steps and asked threads are kept
 * @param replica     DUCKY_REPLICA: this replica's name among those sharing one database; blank = the host name.
 *                    Names must differ between replicas that run at the same time, and a replica restarted under
 *                    its name takes back what its earlier self held at once
 */
@ConfigurationProperties(InboxSettings.PREFIX)
public record InboxSettings(int maxAttempts, Duration lease, Duration heartbeat, Duration retention,
                            @Nullable String replica) {
    public static final String PREFIX = "ducky.inbox";

    public InboxSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("DUCKY_MAX_ATTEMPTS must be at least 1, was " + maxAttempts);
        }
        if (lease == null || heartbeat == null || heartbeat.isNegative() || heartbeat.isZero()
                || heartbeat.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("ducky.inbox.heartbeat (" + heartbeat + ") must be positive and shorter"
                    + " than ducky.inbox.lease (" + lease + ")");
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("DUCKY_RETENTION must be a positive duration, was " + retention);
        }
    }

    /** The name this replica's leases and claims are held under. */
    public String replicaName() {
        if (replica != null && !replica.isBlank()) {
            return replica.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "ducky";
        }
    }
}
