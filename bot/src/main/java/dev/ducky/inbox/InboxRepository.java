package dev.ducky.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.conversation.Inbound;
import dev.ducky.persistence.Sql;
import dev.ducky.redaction.Redactor;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inbox: what Slack delivered, stored before the ack; the primary key makes redeliveries no-ops. */
@Singleton
public class InboxRepository {
    private final Sql sql;
    private final ObjectMapper json;
    private final Redactor redactor;

    public InboxRepository(Sql sql, ObjectMapper json, Redactor redactor) {
        this.sql = sql;
        this.json = json;
        this.redactor = redactor;
    }

    /** Stores the message (redacted); false when it was delivered before. */
    public boolean accept(Inbound inbound) {
        // A form's fields are what a developer confirms for support: shown back before sending, never rewritten.
        Inbound redacted = inbound.withText(redactor.redact(inbound.text()));
        return sql.update("insert into inbox (id, kind, channel, payload, received_at) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                redacted.key(), redacted.kind().name(), redacted.channel(), write(redacted), Instant.now()) == 1;
    }

    public Optional<Inbound> find(String key) {
        return sql.query("select payload from inbox where id = ?", row -> read(row.getString(1)), key)
                .stream().findFirst();
    }

    /** Keys of messages that were acked but not answered, oldest first. */
    public List<String> unanswered() {
        return sql.query("select id from inbox where answered_at is null order by received_at", row -> row.getString(1));
    }

    public void markAnswered(String key) {
        sql.update("update inbox set answered_at = ? where id = ?", Instant.now(), key);
    }

    private String write(Inbound inbound) {
        try {
            return json.writeValueAsString(inbound);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise inbound message " + inbound.key(), e);
        }
    }

    private Inbound read(String payload) {
        try {
            Inbound inbound = json.readValue(payload, Inbound.class);
            if (inbound.kind() == Inbound.Kind.FORM && inbound.fields().isEmpty() && !inbound.text().isBlank()) {
                // Stored before forms kept their fields: the values were the text, as JSON.
                return new Inbound(inbound.key(), inbound.kind(), inbound.channel(), inbound.threadTs(), inbound.user(),
                        "", inbound.detail(), inbound.trigger(), inbound.role(),
                        json.readValue(inbound.text(), new TypeReference<Map<String, String>>() { }));
            }
            return inbound;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable inbox payload", e);
        }
    }
}
