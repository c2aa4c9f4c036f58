package dev.ducky.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.ducky.config.SlackSettings;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Slack Web API with retries: a 429 waits as long as Retry-After says, a 5xx or a broken
 * connection backs off exponentially. Anything else fails at once with the method and Slack's error.
 */
@Singleton
public class SlackWebApi {
    private static final Logger LOG = LoggerFactory.getLogger(SlackWebApi.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    /** One Web API call. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    private final int maxAttempts;
    private final MeterRegistry metrics;

    public SlackWebApi(SlackSettings settings, MeterRegistry metrics) {
        this.maxAttempts = Math.max(1, settings.maxAttempts());
        this.metrics = metrics;
    }

    public <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        return call(method, call, () -> false);
    }

    /**
     * A call that must not happen twice: after a broken connection (the request may have landed anyway),
     * {@code landed} is asked before retrying, and when it says yes the call returns null instead.
     */
    public <T extends SlackApiTextResponse> T call(String method, Call<T> call, BooleanSupplier landed) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                T response = call.run();
                if (!response.isOk()) {
                    throw new SlackCallFailed(method, response.getError(), null);
                }
                return response;
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status != 429 && status < 500 || attempt >= maxAttempts) {
                    throw new SlackCallFailed(method, "HTTP " + status + " " + e.getResponseBody(), e);
                }
                wait = status == 429 ? retryAfter(e, backoff) : backoff;
            } catch (IOException e) {
                if (attempt >= maxAttempts) {
                    throw new SlackCallFailed(method, e.toString(), e);
                }
                if (landed.getAsBoolean()) {
                    return null;
                }
                wait = backoff;
            }
            metrics.counter("ducky.slack.retries", "method", method).increment();
            LOG.info("Slack {} attempt {} failed; retrying in {} ms", method, attempt, wait.toMillis());
            sleep(wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    private static Duration retryAfter(SlackApiException e, Duration fallback) {
        String header = e.getResponse().header("Retry-After");
        try {
            return header == null ? fallback : Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException notSeconds) {
            return fallback;
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed("retry", "interrupted while waiting", e);
        }
    }
}
