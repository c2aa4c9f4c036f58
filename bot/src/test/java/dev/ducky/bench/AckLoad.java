package dev.ducky.bench;

import dev.ducky.support.SlackSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends signed deliveries at a fixed rate, open loop: each is due at its own instant whatever the earlier ones
 * are doing, and its ack latency runs from that instant to the response, so a slow ack cannot hide the ones
 * queued behind it. Deliveries alternate between the replicas; a share of Events API deliveries is sent again,
 * as Slack's retry, to the other replica.
 */
final class AckLoad {
    /** One HTTP request and its answer (status -1 when none came), and how far into the load it was due. */
    record Ack(String key, boolean retry, int status, long latencyNanos, long dueAfterNanos) {
    }

    /** What was sent, and when the last delivery was due (System.nanoTime). */
    record Sent(List<Ack> acks, long lastDueAt) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String secret = SlackSigner.SECRET;

    /** Sends one delivery and waits for its ack (used for the thread openers). */
    int sendNow(LoadEvent event, URI events) throws Exception {
        return http.send(request(event, events, false), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    Sent run(List<LoadEvent> deliveries, List<URI> replicas, int perSecond, double retryShare, long seed)
            throws Exception {
        Random random = new Random(seed);
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long lastDue = start;
        try {
            for (int i = 0; i < deliveries.size(); i++) {
                LoadEvent event = deliveries.get(i);
                long due = start + i * period;
                LockSupport.parkNanos(due - System.nanoTime());
                lastDue = due;
                pending.add(send(event, replicas.get(i % replicas.size()), false, due, start, acks));
                if (event.retriable() && random.nextDouble() < retryShare) {
                    URI other = replicas.get((i + 1) % replicas.size());
                    long delayMillis = 200 + random.nextInt(1300);
                    CompletableFuture<Void> retried = new CompletableFuture<>();
                    pending.add(retried);
                    retries.schedule(() -> send(event, other, true, System.nanoTime(), start, acks)
                            .whenComplete((ok, error) -> retried.complete(null)), delayMillis, TimeUnit.MILLISECONDS);
                }
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            retries.shutdownNow();
        }
        return new Sent(List.copyOf(acks), lastDue);
    }

    private CompletableFuture<Void> send(LoadEvent event, URI events, boolean retry, long due, long start,
                                         ConcurrentLinkedQueue<Ack> acks) {
        return http.sendAsync(request(event, events, retry), HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    acks.add(new Ack(event.key(), retry, error == null ? response.statusCode() : -1,
                            System.nanoTime() - due, due - start));
                    return null;
                });
    }

    private HttpRequest request(LoadEvent event, URI events, boolean retry) {
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", event.form() ? "application/x-www-form-urlencoded" : "application/json")
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", SlackSigner.sign(secret, timestamp, event.body()))
                .POST(HttpRequest.BodyPublishers.ofString(event.body()));
        if (retry) {
            request.header("X-Slack-Retry-Num", "1").header("X-Slack-Retry-Reason", "http_timeout");
        }
        return request.build();
    }
}
