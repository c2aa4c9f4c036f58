package dev.ducky.language;

import com.fasterxml.jackson.core.JacksonException;
import dev.ducky.config.ModelSettings;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.output.OutputParsingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one model call under DUCKY_LLM_TIMEOUT, whatever the provider's client does with its own timeout
 * (a body that trickles in, a client that retries), and sorts failures into timeout, error and malformed
 * output. Every call is timed in {@code ducky.model.calls}.
 */
@Singleton
@Requires(bean = ChatModel.class)
public class ModelCalls {
    private final Duration timeout;
    private final MeterRegistry metrics;
    private final ExecutorService executor;

    public ModelCalls(ModelSettings settings, MeterRegistry metrics) {
        this.timeout = settings.timeout();
        this.metrics = metrics;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "ducky-model-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The call's result, or why there is none; {@code purpose} tags the metric (phrase, understand). */
    public <T> T call(String purpose, Supplier<T> call) throws ModelCallFailed {
        Timer.Sample sample = Timer.start(metrics);
        String outcome = "ok";
        Future<T> future = executor.submit(call::get);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            outcome = ModelCallFailed.Kind.TIMEOUT.label();
            throw new ModelCallFailed(ModelCallFailed.Kind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            ModelCallFailed failed = classify(e.getCause());
            outcome = failed.kind().label();
            throw failed;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            outcome = ModelCallFailed.Kind.ERROR.label();
            throw new ModelCallFailed(ModelCallFailed.Kind.ERROR, "interrupted", e);
        } finally {
            sample.stop(metrics.timer("ducky.model.calls", "purpose", purpose, "outcome", outcome));
        }
    }

    static ModelCallFailed classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutputParsingException || cause instanceof JacksonException) {
                return new ModelCallFailed(ModelCallFailed.Kind.MALFORMED, "the answer is not the JSON asked for ("
                        + cause.getClass().getSimpleName() + ")", failure);
            }
            if (cause instanceof dev.langchain4j.exception.TimeoutException || cause instanceof HttpTimeoutException
                    || cause instanceof InterruptedIOException) {
                return new ModelCallFailed(ModelCallFailed.Kind.TIMEOUT, String.valueOf(cause.getMessage()), failure);
            }
        }
        return new ModelCallFailed(ModelCallFailed.Kind.ERROR, failure.getClass().getSimpleName() + ": "
                + failure.getMessage(), failure);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
