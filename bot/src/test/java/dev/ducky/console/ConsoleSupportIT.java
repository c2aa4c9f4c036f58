package dev.ducky.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.ConsoleScript;
import dev.ducky.support.ConsoleScript.Printed;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.ducky.support.Step;
import dev.ducky.support.SupportDesk;
import dev.ducky.support.SupportStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The support flow in the console, on the bundled sample runbooks and glossary: the edit form line by line. */
class ConsoleSupportIT {
    private static ApplicationContext context;
    private static ConsoleScript console;

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createTempDirectory("ducky-console-support");
        context = ApplicationContext.builder(Map.of(
                "datasources.default.url", "jdbc:h2:file:" + home.resolve("db").toAbsolutePath(),
                "ducky.knowledge.runbooks", "",
                "ducky.knowledge.index-dir", home.resolve("index").toString(),
                "ducky.knowledge.data-dir", home.toString())).environments("console").start();
        console = new ConsoleScript(context.getBean(ConsoleChannel.class));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void supportAsksAndADeveloperEditsTheAnswerFieldByField() {
        console.say("/as responder");
        console.say("/channel incident");
        assertEquals("INCIDENT_OPENED", console.say("start checkout errors").get(0).move());
        console.say("/as support");
        console.say("/channel support");
        List<Printed> asked = console.say("are customers charged twice?");
        assertEquals(List.of("SUPPORT_DRAFT", "SUPPORT_ASK_DEVS"), asked.stream().map(Printed::move).toList());
        assertTrue(asked.get(0).text().contains("AI's guess — don't send to customers"), asked.get(0).text());
        assertTrue(asked.get(1).text().contains("[1] Confirm  [2] Edit  [3] Reject"), asked.get(1).text());

        List<Printed> refused = console.say("/click 1");
        assertEquals("SUPPORT_NOT_ALLOWED", refused.get(0).move(), "support cannot confirm its own answer");
        assertTrue(refused.get(0).text().contains("only support sees this"), refused.get(0).text());

        console.say("/channel incident");
        console.say("/as dev");
        List<Printed> cancelled = console.say("/click 2\n/as support");
        assertTrue(cancelled.isEmpty(), "a console command is never an answer: " + cancelled);
        console.say("/as dev");
        List<Printed> edited = console.say(
                "/click 2\nSome checkouts fail; nobody is charged twice.\n\nnext update at 15:30 UTC\ny");
        assertTrue(edited.get(0).text().contains("What support may tell customers"), "asks field by field: " + edited);
        assertTrue(edited.get(0).text().contains("Support will receive:\n  | Some checkouts fail; nobody is charged"
                + " twice. Next update at 15:30 UTC."), "shows what support will receive before sending: " + edited);
        assertEquals("SUPPORT_ANSWER", edited.get(0).move());
        assertTrue(edited.get(0).text().contains("Confirmed by @dev (edited)")
                && edited.get(0).text().contains("Some checkouts fail; nobody is charged twice. Next update at 15:30 UTC."),
                edited.get(0).text());

        List<Printed> status = console.say("status");
        assertEquals("SUPPORT_STATUS", status.get(0).move());
        assertFalse(status.get(0).text().contains("AI's guess"), status.get(0).text());
    }

    @Test
    void replicasRacingForTheSameReminderTakeItOnce() throws Exception {
        console.say("/as responder");
        console.say("/channel incident");
        console.say("start payments failing");
        console.say("/as support");
        console.say("/channel support");
        console.say("are payments failing?");
        SupportStore store = context.getBean(SupportStore.class);
        SupportDesk desk = context.getBean(SupportDesk.class);
        String question = store.bySupportThread("console-support", "").orElseThrow().id();

        Instant later = Instant.now().plus(Duration.ofHours(1));
        for (Instant now : List.of(later, later.plus(Duration.ofHours(1)), later.plus(Duration.ofHours(5)))) {
            ExecutorService replicas = Executors.newFixedThreadPool(3);
            List<Future<Integer>> taken = replicas.invokeAll(List.of(() -> desk.remind(now), () -> desk.remind(now),
                    () -> desk.remind(now)));
            replicas.shutdown();
            for (Future<Integer> each : taken) {
                each.get();
            }
        }
        Map<Step.Kind, Long> kinds = store.steps(question).stream()
                .collect(Collectors.groupingBy(Step::kind, Collectors.counting()));
        assertEquals(Map.of(Step.Kind.ASKED, 1L, Step.Kind.REMINDED, 1L, Step.Kind.LEAD_NUDGED, 1L), kinds,
                "one reminder, then one mention of the lead, however many replicas look and however long it waits");
    }
}
