package dev.ducky.incident;

import dev.ducky.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Channels where Ducky was told to stay quiet until `unmute`. */
@Singleton
public class Mutes {
    private final Sql sql;

    public Mutes(Sql sql) {
        this.sql = sql;
    }

    public void mute(String channel, String by) {
        sql.update("insert into channel_mute (channel, muted_by, muted_at) values (?, ?, ?) on conflict do nothing",
                channel, by, Instant.now());
    }

    public void unmute(String channel) {
        sql.update("delete from channel_mute where channel = ?", channel);
    }

    public boolean muted(String channel) {
        return !sql.query("select 1 from channel_mute where channel = ?", row -> row.getInt(1), channel).isEmpty();
    }
}
