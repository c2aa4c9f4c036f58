package dev.ducky.slack;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Bean;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads that work out answers after Slack got its ack; never the request thread. */
@Factory
class WorkerPool {
    static final String NAME = "ducky-work";

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "shutdown")
    ExecutorService workers(@Value("${ducky.work.threads:4}") int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = task -> {
            Thread thread = new Thread(task, NAME + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(threads, named);
    }
}
