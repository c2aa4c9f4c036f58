package dev.ducky.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.ducky.config.SlackSettings;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Slack Web API with retries: a 429 waits as long as Retry-After says, a 5xx or a broken
 * connection backs off exponentially. Anything else fails at once with the method and Slack's error.
 * A rate limit on a channel holds up calls for that channel only: the others go on.
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
    /** Until when each rate-limited channel waits. */
    private final Map<String, Instant> waits = new ConcurrentHashMap<>();

    public SlackWebApi(SlackSettings settings, MeterRegistry metrics) {
        this.maxAttempts = Math.max(1, settings.maxAttempts());
        this.metrics = metrics;
    }

    public <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        return call(method, null, call, () -> false);
    }

    /** Whether calls for the channel go out now, rather than wait out a rate limit. */
    public boolean readyFor(String channel) {
        Instant until = waits.get(channel);
        return until == null || !until.isAfter(Instant.now());
    }

    /**
     * A call for a channel that must not happen twice: after a broken connection or a 5xx (the request may have
     * landed anyway), {@code landed} is asked before retrying, and when it says yes the call returns null instead.
     */
    public <T extends SlackApiTextResponse> T call(String method, String channel, Call<T> call, BooleanSupplier landed) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            waitForRateLimit(channel);
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
                if (status >= 500 && landed.getAsBoolean()) {
                    return null;
                }
                wait = status == 429 ? retryAfter(e, backoff) : backoff;
                if (status == 429 && channel != null) {
                    waits.merge(channel, Instant.now().plus(wait), (a, b) -> a.isAfter(b) ? a : b);
                }
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

    private void waitForRateLimit(String channel) {
        Instant until = channel == null ? null : waits.get(channel);
        if (until != null) {
            Duration left = Duration.between(Instant.now(), until);
            if (left.isNegative() || left.isZero()) {
                waits.remove(channel, until);
            } else {
                sleep(left);
            }
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
