package dev.ducky.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Replaces Ducky's worker pool by one whose workers wait on a latch before each task, so a test can show
 * that Slack gets its ack while the answer has not even started.
 */
@Factory
@Requires(property = GatedWork.PROPERTY, value = "true")
public class GatedWork {
    public static final String PROPERTY = "test.gated-work";
    public static volatile CountDownLatch gate = new CountDownLatch(1);

    @Singleton
    @Named("ducky-work")
    @Replaces(bean = ExecutorService.class, named = "ducky-work")
    ExecutorService gatedWorkers() {
        return new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()) {
            @Override
            protected void beforeExecute(Thread thread, Runnable task) {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
