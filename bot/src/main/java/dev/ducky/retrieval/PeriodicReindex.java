package dev.ducky.retrieval;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a reindex at a fixed delay on one daemon thread; a failed run is logged and the next one still comes. */
final class PeriodicReindex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicReindex.class);

    /** What one run does. */
    interface Run {
        void run() throws Exception;
    }

    private final ScheduledExecutorService scheduler;

    private PeriodicReindex(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static PeriodicReindex every(Duration interval, Run run) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ducky-reindex");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        // Fixed delay, not rate: a slow run (a big pull) never queues runs behind it.
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                run.run();
            } catch (Exception e) {
                LOG.error("Periodic runbook reindex failed; retrying in {}", interval, e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return new PeriodicReindex(scheduler);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
