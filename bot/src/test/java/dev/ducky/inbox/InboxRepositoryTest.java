package dev.ducky.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.conversation.Form;
import dev.ducky.conversation.Inbound;
import dev.ducky.persistence.Sql;
import dev.ducky.redaction.Redactor;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the inbox keeps of a delivery: text redacted, a form's fields as the developer typed them. */
class InboxRepositoryTest {
    private Sql sql;
    private InboxRepository inbox;

    @BeforeEach
    void emptyInbox() {
        Flyway flyway = Flyway.configure().dataSource("jdbc:h2:mem:inbox_" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", null, null)
                .locations("classpath:db/migration").load();
        flyway.migrate();
        sql = new Sql(flyway.getConfiguration().getDataSource());
        inbox = new InboxRepository(sql, new ObjectMapper(), new Redactor());
    }

    @Test
    void aFormKeepsWhatTheDeveloperTypedQuotesAndAllWhileTextIsRedacted() {
        Map<String, String> typed = Map.of(Form.ANSWER, "Customers see \"Your password is incorrect\"; write to"
                + " help@example.com \\ we reply within the hour.");
        inbox.accept(Inbound.form("T1", "modal", "U0DEV", new Form.Filled("q1:2", typed)));
        inbox.accept(new Inbound("Ev1", Inbound.Kind.MENTION, "C1", "1.1", "U1", "db password=hunter22 is wrong"));

        assertEquals(typed, inbox.find("T1").orElseThrow().fields());
        assertEquals("q1:2", inbox.find("T1").orElseThrow().detail());
        assertFalse(inbox.find("Ev1").orElseThrow().text().contains("hunter22"), "text is redacted before it is stored");
    }

    @Test
    void aFormStoredBeforeFormsHadFieldsIsReadWithItsValues() {
        sql.update("insert into inbox (id, kind, channel, payload, received_at) values (?, ?, ?, ?, ?)", "T0", "FORM",
                "modal", "{\"key\":\"T0\",\"kind\":\"FORM\",\"channel\":\"modal\",\"user\":\"U0DEV\","
                        + "\"text\":\"{\\\"answer\\\":\\\"Orders are safe.\\\"}\",\"detail\":\"q1:2\"}", Instant.now());

        Inbound read = inbox.find("T0").orElseThrow();
        assertEquals(Map.of(Form.ANSWER, "Orders are safe."), read.fields());
        assertEquals("", read.text());
    }
}
