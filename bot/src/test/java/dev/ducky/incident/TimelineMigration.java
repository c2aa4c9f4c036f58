package dev.ducky.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ducky.persistence.Sql;
import dev.ducky.prompts.Move;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * Timelines written before moves had columns of their own: the migration splits each stored "MOVE ids text" once,
 * and what it leaves reads back like a move recorded today. Run on each database Ducky supports.
 */
abstract class TimelineMigration {
    /** A JDBC URL of an empty database (or schema) for one test. */
    abstract String emptyDatabaseUrl();

    @Test
    void oldMovesAreSplitIntoMoveCitationsAndText() {
        String url = emptyDatabaseUrl();
        DataSource db = migrate(url, MigrationVersion.fromVersion("4"));
        Sql sql = new Sql(db);
        sql.update("insert into incident (id, channel, title, declared, state, opened_at) values ('i1', 'C1', 'x', true,"
                + " 'OPEN', ?)", Instant.parse("2025-01-01T10:00:00Z"));
        String query = "Here's that in PromQL:\n```\nsum(rate(http_requests_total[5m]))\n```\nWhat do you expect?";
        old(sql, "MESSAGE", "alice", "error rate of checkout by route?");
        old(sql, "MOVE", null, "SHOW_QUERY runbooks/checkout.md#diagnosis,runbooks/orders.md#see-it " + query);
        old(sql, "MOVE", null, "ASK_WHAT_STUCK_ON  What are you stuck on — what did you expect to see?");
        old(sql, "NOTE", "bob", "rolled back at 14:10 and it recovered");

        migrate(url, MigrationVersion.LATEST);
        List<Entry> timeline = new IncidentStore(sql).timeline("i1");

        assertEquals(new Entry(Entry.Kind.MESSAGE, "alice", "error rate of checkout by route?", at(1)), timeline.get(0));
        assertEquals(new Entry(Entry.Kind.MOVE, null, Move.SHOW_QUERY,
                List.of("runbooks/checkout.md#diagnosis", "runbooks/orders.md#see-it"), query, at(2)), timeline.get(1));
        assertEquals(new Entry(Entry.Kind.MOVE, null, Move.ASK_WHAT_STUCK_ON, List.of(),
                "What are you stuck on — what did you expect to see?", at(3)), timeline.get(2));
        assertEquals(new Entry(Entry.Kind.NOTE, "bob", "rolled back at 14:10 and it recovered", at(4)), timeline.get(3));
        assertEquals(4, timeline.size());
    }

    @Test
    void aMoveIsRecordedWithItsOwnColumnsAndOnlyThroughAddMove() {
        DataSource db = migrate(emptyDatabaseUrl(), MigrationVersion.LATEST);
        IncidentStore store = new IncidentStore(new Sql(db));
        Incident incident = store.open("C2", null, "checkout errors", "U1", null, true);

        store.addMove(incident.id(), Move.POINT_TO_RUNBOOK, List.of("runbooks/checkout.md#mitigation"),
                "This looks like it is covered by *Checkout › Mitigation*: … What have you checked so far?");
        store.add(incident.id(), Entry.Kind.FINDING, "U1", "5xx on /pay only");

        List<Entry> timeline = store.timeline(incident.id());
        assertEquals(Move.POINT_TO_RUNBOOK, timeline.get(0).move());
        assertEquals(List.of("runbooks/checkout.md#mitigation"), timeline.get(0).cited());
        assertEquals("This looks like it is covered by *Checkout › Mitigation*: … What have you checked so far?",
                timeline.get(0).text());
        assertNull(timeline.get(1).move());
        assertEquals(List.of(), timeline.get(1).cited());
        assertThrows(IllegalArgumentException.class, () -> store.add(incident.id(), Entry.Kind.MOVE, null, "SHOW_HELP  hi"));
        assertThrows(Sql.StorageException.class, () -> new Sql(db).update("insert into incident_entry (incident_id, kind,"
                + " text, created_at) values (?, 'MOVE', 'x', ?)", incident.id(), Instant.now()),
                "the database too refuses a move without its move");
    }

    private static void old(Sql sql, String kind, String author, String text) {
        int n = sql.query("select count(*) from incident_entry", row -> row.getInt(1)).get(0) + 1;
        sql.update("insert into incident_entry (incident_id, kind, author, text, created_at) values ('i1', ?, ?, ?, ?)",
                kind, author, text, at(n));
    }

    private static Instant at(int minute) {
        return Instant.parse("2025-01-01T10:00:00Z").plusSeconds(60L * minute);
    }

    private static DataSource migrate(String url, MigrationVersion target) {
        Flyway flyway = Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .target(target).load();
        flyway.migrate();
        return flyway.getConfiguration().getDataSource();
    }
}
