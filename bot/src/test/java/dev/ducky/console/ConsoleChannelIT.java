package dev.ducky.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.Fixtures;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console channel on a real application context (no HTTP server, no Slack). */
class ConsoleChannelIT {
    private static ApplicationContext context;

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createTempDirectory("ducky-console");
        context = ApplicationContext.builder(Map.of(
                "datasources.default.url", "jdbc:h2:file:" + home.resolve("db").toAbsolutePath(),
                "ducky.knowledge.runbooks", Fixtures.folder("runbooks").toString(),
                "ducky.knowledge.index-dir", home.resolve("index").toString(),
                "ducky.knowledge.data-dir", home.toString())).environments("console").start();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static String converse(String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.getBean(ConsoleChannel.class).run(new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8), false);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPipedQuestionGetsACitedSectionAndAQuestionBack() throws Exception {
        String out = converse("the orders queue keeps growing\n");
        assertTrue(out.contains("*Orders queue backlog › "), "names the section: " + out);
        assertTrue(out.contains("source: Orders queue backlog"), out);
        assertTrue(out.contains("(orders-queue.md#"), out);
        assertTrue(out.lines().filter(l -> l.strip().endsWith("?")).count() >= 1, "asks back: " + out);
        assertTrue(out.contains("  · move=POINT_TO_RUNBOOK stage=explain channel=incident cited=orders-queue.md#"), out);
    }

    @Test
    void consoleCommandsSteerTheConsole() throws Exception {
        String out = converse("/as support\n/channel support\n/click 1\n/nonsense\n\n/quit\nnever read\n");
        assertTrue(out.contains("(you are now the support)"), out);
        assertTrue(out.contains("(you are now in the support channel)"), out);
        assertTrue(out.contains("(there is no button 1 to press)"), out);
        assertTrue(out.contains("(unknown console command /nonsense"), out);
        assertTrue(out.contains("move=ASK_FOR_QUESTION"), "an empty line gets a question: " + out);
        assertTrue(!out.contains("never read"), out);
    }

    @Test
    void helpSaysWhatDuckyDoes() throws Exception {
        String out = converse("help\n");
        assertTrue(out.contains("move=SHOW_HELP"), out);
        assertTrue(out.contains("I never run anything"), out);
    }
}
