package dev.ducky.inbox;


import dev.ducky.conversation.Inbound;
import dev.ducky.support.Fixtures;
import dev.ducky.support.Postgres;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same migrations and queries that run on H2 by default, against a real PostgreSQL. */
class InboxPostgresIT {
    private static String url;
    private static ApplicationContext context;

    @BeforeAll
    static void start() throws Exception {
        Postgres.require();
        url = Postgres.freshSchemaUrl("ducky_inbox");
        Path home = Files.createTempDirectory("ducky-pg");
        context = ApplicationContext.run(Map.of(
                "datasources.default.url", url,
                "ducky.knowledge.runbooks", Fixtures.folder("runbooks").toString(),
                "ducky.knowledge.index-dir", home.resolve("index").toString(),
                "ducky.knowledge.data-dir", home.toString()));
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
            Postgres.dropSchema(url);
        }
    }

    @Test
    void theInboxDedupesAndRemembersWhatIsUnanswered() {
        InboxRepository inbox = context.getBean(InboxRepository.class);
        Inbound first = new Inbound("Ev1", Inbound.Kind.MENTION, "C1", "1.1", "U1", "checkout password=hunter22");
        assertTrue(inbox.accept(first));
        assertFalse(inbox.accept(first), "a redelivery is a no-op");
        assertEquals(List.of("Ev1"), inbox.unanswered());
        assertEquals("checkout password=[redacted:secret]", inbox.find("Ev1").orElseThrow().text());
        inbox.markAnswered("Ev1");
        assertEquals(List.of(), inbox.unanswered());
    }

    @Test
    void postedStepsAndAskedThreadsWork() {
        PostedSteps steps = context.getBean(PostedSteps.class);
        assertEquals(Optional.empty(), steps.state("Ev9/0"));
        steps.sending("Ev9/0", "C1", "1.1");
        steps.sending("Ev9/0", "C1", "1.1");
        assertEquals(Optional.of(PostedSteps.State.SENDING), steps.state("Ev9/0"));
        steps.sent("Ev9/0", "2.2");
        assertEquals(Optional.of(PostedSteps.State.SENT), steps.state("Ev9/0"));

        AskedThreads asked = context.getBean(AskedThreads.class);
        asked.remember("C1", "1.1");
        asked.remember("C1", "1.1");
        assertTrue(asked.asked("C1", "1.1").isPresent());
        assertFalse(asked.asked("C1", "3.3").isPresent());
    }
}
