package dev.ducky.inbox;

import dev.ducky.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Threads where Ducky asked a question: the humans' next messages there are answers meant for Ducky. */
@Singleton
public class AskedThreads {
    private final Sql sql;

    public AskedThreads(Sql sql) {
        this.sql = sql;
    }

    public void remember(String channel, String threadTs) {
        sql.update("insert into asked_thread (channel, thread_ts, asked_at) values (?, ?, ?) on conflict do nothing",
                channel, threadTs, Instant.now());
    }

    public boolean asked(String channel, String threadTs) {
        return !sql.query("select 1 from asked_thread where channel = ? and thread_ts = ?",
                row -> row.getInt(1), channel, threadTs).isEmpty();
    }
}
