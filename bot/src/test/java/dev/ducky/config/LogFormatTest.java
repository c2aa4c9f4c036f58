package dev.ducky.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The shipped logback.xml, as {@code ducky serve} loads it, writing to stderr in each DUCKY_LOG_FORMAT. */
class LogFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonIsOneObjectPerLine() throws Exception {
        List<String> lines = logWith("json");
        assertEquals(2, lines.size(), String.join("\n", lines));
        JsonNode info = JSON.readTree(lines.get(0));
        assertEquals("INFO", info.get("level").asText());
        assertEquals("dev.ducky.bench", info.get("loggerName").asText());
        assertEquals("Answered \"C0INCIDENT\"\nin 12 ms", info.get("formattedMessage").asText());
        JsonNode error = JSON.readTree(lines.get(1));
        assertEquals("ERROR", error.get("level").asText());
        assertEquals("slack down", error.get("throwable").get("message").asText());
    }

    @Test
    void theFormatNameIsReadLoosely() throws Exception {
        assertTrue(logWith(" JSON ").get(0).startsWith("{"));
    }

    @Test
    void textIsTheDefaultAndWhatATypoGets() throws Exception {
        for (String format : new String[] {"", "jsno"}) {
            List<String> lines = logWith(format);
            assertFalse(lines.get(0).startsWith("{"), lines.get(0));
            assertTrue(lines.get(0).contains("INFO  dev.ducky.bench - Answered \"C0INCIDENT\""), lines.get(0));
        }
    }

    /** The lines logback.xml writes to stderr for one INFO and one ERROR with an exception. */
    private static List<String> logWith(String format) throws Exception {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what logback's own start-up gives its context
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            if (!format.isEmpty()) {
                context.putProperty("DUCKY_LOG_FORMAT", format);
            }
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getClassLoader().getResource("logback.xml"));
            Logger log = context.getLogger("dev.ducky.bench");
            log.info("Answered {}\nin {} ms", "\"C0INCIDENT\"", 12);
            log.error("Could not post", new IllegalStateException("slack down"));
        } finally {
            context.stop();
            System.setErr(stderr);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        return out.lines().filter(line -> !line.isBlank()).toList();
    }
}
