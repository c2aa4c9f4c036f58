package dev.ducky.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.conversation.Inbound;
import dev.ducky.inbox.InboxRepository;
import dev.ducky.support.CliRun;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ducky inbox}: lists dead letters without their text, and puts them back to be answered. */
class InboxCommandIT {
    private static final String URL_PROPERTY = "datasources.default.url";

    private String url;

    @BeforeEach
    void database() throws Exception {
        Path home = Files.createTempDirectory("ducky-inbox-cli");
        url = "jdbc:h2:file:" + home.resolve("db").toAbsolutePath();
        System.setProperty(URL_PROPERTY, url);
    }

    @AfterEach
    void forget() {
        System.clearProperty(URL_PROPERTY);
    }

    @Test
    void listsDeadLettersWithoutTheirTextAndRetriesThem() {
        try (ApplicationContext context = ApplicationContext.builder(Map.of(URL_PROPERTY, url)).start()) {
            InboxRepository inbox = context.getBean(InboxRepository.class);
            inbox.accept(new Inbound("EvDead1", Inbound.Kind.MENTION, "C0INC", "1.1", "U1", "the secret plan"));
            inbox.attempt("EvDead1");
            inbox.dead("EvDead1", "java.lang.StackOverflowError");
        }

        CliRun list = new CliRun();
        assertEquals(0, list.run("inbox"));
        String out = list.out();
        assertTrue(out.contains("EvDead1") && out.contains("MENTION in C0INC") && out.contains("StackOverflowError"), out);
        assertFalse(out.contains("secret plan"), "never the message's text: " + out);

        CliRun retry = new CliRun();
        assertEquals(0, retry.run("inbox", "--retry", "--all"));
        assertTrue(retry.out().contains("retrying EvDead1"), retry.out());
        try (ApplicationContext context = ApplicationContext.builder(Map.of(URL_PROPERTY, url)).start()) {
            InboxRepository inbox = context.getBean(InboxRepository.class);
            assertEquals(List.of("EvDead1"), inbox.unanswered(), "back to be answered");
            assertTrue(inbox.deadLetters().isEmpty());
        }

        CliRun missing = new CliRun();
        assertEquals(1, missing.run("inbox", "--retry", "EvNoSuch"));
        assertEquals(2, new CliRun().run("inbox", "EvDead1"), "an id without --retry is a usage error");
    }
}
