package dev.ducky.inbox;

import dev.ducky.persistence.Sql;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Threads where the latest thing Ducky said is a question: the next words there of the person asked are an
 * answer meant for Ducky. Once Ducky says something that asks nothing, the thread is the humans' again.
 */
@Singleton
public class AskedThreads {
    /** Ducky's open question in a thread, and whom it asked (null: anyone there). */
    public record Asked(@Nullable String user) {
        public boolean of(String speaker) {
            return user == null || user.equals(speaker);
        }
    }

    private final Sql sql;

    public AskedThreads(Sql sql) {
        this.sql = sql;
    }

    /** Ducky asked anyone in the thread (the developers of an incident, the responders of an alert). */
    public void remember(String channel, String threadTs) {
        remember(channel, threadTs, null);
    }

    /** Ducky asked {@code user} in the thread (null: anyone there); the latest question replaces earlier ones. */
    public void remember(String channel, String threadTs, @Nullable String user) {
        Instant now = Instant.now();
        if (sql.update("update asked_thread set asked_user = ?, asked_at = ? where channel = ? and thread_ts = ?",
                user, now, channel, threadTs) == 0) {
            sql.update("insert into asked_thread (channel, thread_ts, asked_user, asked_at) values (?, ?, ?, ?)"
                    + " on conflict do nothing", channel, threadTs, user, now);
        }
    }

    /** Ducky said something in the thread that asks nothing: its earlier question is no longer open. */
    public void forget(String channel, String threadTs) {
        sql.update("delete from asked_thread where channel = ? and thread_ts = ?", channel, threadTs);
    }

    public Optional<Asked> asked(String channel, String threadTs) {
        return sql.query("select asked_user from asked_thread where channel = ? and thread_ts = ?",
                row -> new Asked(row.getString(1)), channel, threadTs).stream().findFirst();
    }
}
