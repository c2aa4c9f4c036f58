package dev.ducky.inbox;

import dev.ducky.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Messages Ducky set out to post, keyed by the id of the step that produced them. Written before the post
 * and marked after it, so a crash in between is visible as a step still 'sending'.
 */
@Singleton
public class PostedSteps {
    public enum State { SENDING, SENT }

    private final Sql sql;

    public PostedSteps(Sql sql) {
        this.sql = sql;
    }

    public Optional<State> state(String stepId) {
        return sql.query("select state from posted_step where step_id = ?",
                row -> State.valueOf(row.getString(1)), stepId).stream().findFirst();
    }

    /** Records an attempt to post; the first attempt creates the row. */
    public void sending(String stepId, String channel, String threadTs) {
        int created = sql.update("insert into posted_step (step_id, channel, thread_ts, state, attempts, updated_at)"
                        + " values (?, ?, ?, ?, 1, ?) on conflict do nothing",
                stepId, channel, threadTs, State.SENDING.name(), Instant.now());
        if (created == 0) {
            sql.update("update posted_step set attempts = attempts + 1, updated_at = ? where step_id = ?",
                    Instant.now(), stepId);
        }
    }

    /** The ts of the message a sent step posted (the thread its replies go in). */
    public Optional<String> messageTs(String stepId) {
        return sql.query("select message_ts from posted_step where step_id = ? and state = 'SENT'",
                row -> row.getString(1), stepId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public void sent(String stepId, String messageTs) {
        sql.update("update posted_step set state = ?, message_ts = ?, updated_at = ? where step_id = ?",
                State.SENT.name(), messageTs, Instant.now(), stepId);
    }
}
