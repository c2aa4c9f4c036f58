package dev.ducky.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.conversation.Inbound;
import dev.ducky.persistence.Columns;
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

    /** Keys of messages that were acked but neither answered nor given up on, oldest first. */
    public List<String> unanswered() {
        return sql.query("select id from inbox where answered_at is null and dead_at is null order by received_at",
                row -> row.getString(1));
    }

    /** Channels holding messages still to answer, the longest waiting first. */
    public List<String> channelsWithWork() {
        return sql.query("select channel from inbox where answered_at is null and dead_at is null group by channel"
                + " order by min(received_at)", row -> row.getString(1));
    }

    /** The channel's messages still to answer, in arrival order. */
    public List<String> waitingIn(String channel) {
        return sql.query("select id from inbox where channel = ? and answered_at is null and dead_at is null"
                + " order by received_at, id", row -> row.getString(1), channel);
    }

    public void markAnswered(String key) {
        sql.update("update inbox set answered_at = ? where id = ?", Instant.now(), key);
    }

    /** Counts an attempt before it is made (so a process that dies while answering counts too); returns its number. */
    public int attempt(String key) {
        sql.update("update inbox set attempts = attempts + 1 where id = ?", key);
        return sql.query("select attempts from inbox where id = ?", row -> row.getInt(1), key).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no inbox message " + key));
    }

    public void failed(String key, String error) {
        sql.update("update inbox set last_error = ? where id = ?", Columns.fit(error, Columns.ERROR), key);
    }

    /** Gives up on a message: it is kept for people to look at and never answered again, unless retried. */
    public void dead(String key, String error) {
        sql.update("update inbox set dead_at = ?, last_error = coalesce(?, last_error) where id = ?", Instant.now(),
                Columns.fit(error, Columns.ERROR), key);
    }

    /** Messages given up on, newest first. */
    public List<DeadLetter> deadLetters() {
        return sql.query("select id, kind, channel, attempts, last_error, received_at, dead_at from inbox"
                + " where dead_at is not null order by dead_at desc", row -> new DeadLetter(row.getString(1),
                row.getString(2), row.getString(3), row.getInt(4), row.getString(5),
                row.getTimestamp(6).toInstant(), row.getTimestamp(7).toInstant()));
    }

    /** Puts a dead letter back to be answered, with fresh attempts; false when there is no such dead letter. */
    public boolean retry(String key) {
        return sql.update("update inbox set dead_at = null, attempts = 0 where id = ? and dead_at is not null", key) == 1;
    }

    /** Forgets messages answered or given up on before {@code before}; returns how many. */
    public int forget(Instant before) {
        return sql.update("delete from inbox where answered_at < ? or dead_at < ?", before, before);
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
