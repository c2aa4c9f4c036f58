package dev.ducky.inbox;

import java.time.Instant;

/** A message Ducky gave up on after its attempts: what it was (never its text), and why it failed. */
public record DeadLetter(String key, String kind, String channel, int attempts, String lastError, Instant receivedAt,
                         Instant deadAt) {
}
