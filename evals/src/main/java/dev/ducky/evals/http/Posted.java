package dev.ducky.evals.http;

import java.util.Map;
import java.util.Objects;

/**
 * One chat.postMessage the stand-in received.
 *
 * @param channel the channel id it went to
 * @param ts      the timestamp the stand-in gave it
 * @param fields  its form fields (text, thread_ts, blocks, metadata…), JSON bodies flattened the same way
 */
public record Posted(String channel, String ts, Map<String, String> fields) {
    public Posted {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ts, "ts");
        fields = Map.copyOf(fields);
    }
}
