package dev.ducky.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Test fixtures are files under src/test/resources; {@code ${NAME}} slots are filled per test. */
public final class Fixtures {
    private Fixtures() {
    }

    public static String read(String resource, Map<String, String> values) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder of fixture files, as a path. */
    public static Path folder(String resource) {
        try {
            return Path.of(Fixtures.class.getResource("/" + resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An app_mention event callback saying {@code text} (a JSON string body). */
    public static String mention(String eventId, String ts, String text) {
        return read("slack/app_mention.json", Map.of("EVENT_ID", eventId, "TS", ts, "TEXT", text));
    }

    /** A plain message event in a thread. */
    public static String threadMessage(String eventId, String ts, String threadTs, String text) {
        return read("slack/thread_message.json",
                Map.of("EVENT_ID", eventId, "TS", ts, "THREAD_TS", threadTs, "TEXT", text));
    }
}
