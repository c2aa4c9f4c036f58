package dev.ducky.incident;

import dev.ducky.persistence.Columns;
import dev.ducky.persistence.Sql;
import dev.ducky.prompts.Move;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Incident sessions and their timelines, in the database so a restart (even a kill) forgets nothing. */
@Singleton
public class IncidentStore {
    private static final String COLUMNS = "id, channel, thread_ts, title, lead_user, alert, runbook, declared, state,"
            + " opened_by, opened_at, resolved_at";
    /** Between the cited section ids in their column (see V5__typed_moves.sql). */
    private static final String CITED_SEPARATOR = "\n";

    private final Sql sql;

    public IncidentStore(Sql sql) {
        this.sql = sql;
    }

    /** The open session of a thread, else of its channel. */
    public Optional<Incident> findOpen(String channel, String threadTs) {
        if (threadTs != null) {
            Optional<Incident> inThread = first("select " + COLUMNS + " from incident where channel = ? and thread_ts = ?"
                    + " and state = 'OPEN' order by opened_at desc", channel, threadTs);
            if (inThread.isPresent()) {
                return inThread;
            }
        }
        return first("select " + COLUMNS + " from incident where channel = ? and thread_ts is null and state = 'OPEN'"
                + " order by opened_at desc", channel);
    }

    /**
     * Opens a session in the channel (or thread) — or, when one is open there already (another replica opened it a
     * moment ago), returns that one: the database keeps one open session per channel and thread.
     */
    public Incident open(String channel, String threadTs, String title, String lead, String alert, boolean declared) {
        String id = UUID.randomUUID().toString();
        int inserted = sql.update("insert into incident (" + COLUMNS + ", open_key)"
                        + " values (?, ?, ?, ?, ?, ?, null, ?, 'OPEN', ?, ?, null, ?) on conflict do nothing",
                id, channel, threadTs, Columns.fit(title, Columns.INCIDENT_TITLE), lead,
                Columns.fit(alert, Columns.INCIDENT_ALERT), declared, lead, Instant.now(), openKey(channel, threadTs));
        if (inserted == 0) {
            return first("select " + COLUMNS + " from incident where open_key = ?", openKey(channel, threadTs))
                    .orElseThrow(() -> new IllegalStateException("no open incident in " + channel + " after a conflict"));
        }
        return get(id);
    }

    public Incident declare(String id, String title, String lead) {
        sql.update("update incident set declared = true, title = ?, lead_user = coalesce(lead_user, ?) where id = ?",
                Columns.fit(title, Columns.INCIDENT_TITLE), lead, id);
        return get(id);
    }

    /** An alert joined (or opened) the session: remember the first one, and the session is now declared. */
    public void setAlert(String id, String alert) {
        sql.update("update incident set alert = coalesce(alert, ?), declared = true where id = ?",
                Columns.fit(alert, Columns.INCIDENT_ALERT), id);
    }

    public void setLead(String id, String lead) {
        sql.update("update incident set lead_user = ? where id = ?", lead, id);
    }

    public void setRunbook(String id, String runbook) {
        sql.update("update incident set runbook = ? where id = ? and runbook is null",
                Columns.fit(runbook, Columns.INCIDENT_RUNBOOK), id);
    }

    public Incident resolve(String id) {
        sql.update("update incident set state = 'RESOLVED', resolved_at = ?, open_key = null where id = ?",
                Instant.now(), id);
        return get(id);
    }

    /** Every open incident someone declared (`start` or an alert), newest first. */
    public List<Incident> openDeclared() {
        return sql.query("select " + COLUMNS + " from incident where state = 'OPEN' and declared = true"
                + " order by opened_at desc", IncidentStore::incident);
    }

    public Incident get(String id) {
        return first("select " + COLUMNS + " from incident where id = ?", id)
                .orElseThrow(() -> new IllegalStateException("no incident " + id));
    }

    /** The most recently resolved session of a channel (for `retro` after `resolve`). */
    public Optional<Incident> lastResolved(String channel) {
        return first("select " + COLUMNS + " from incident where channel = ? and state = 'RESOLVED'"
                + " order by resolved_at desc", channel);
    }

    /** A line that is not one of Ducky's moves (those go through {@link #addMove}). */
    public void add(String incidentId, Entry.Kind kind, String author, String text) {
        if (kind == Entry.Kind.MOVE) {
            throw new IllegalArgumentException("a move is recorded with addMove, with its move and citations");
        }
        sql.update("insert into incident_entry (incident_id, kind, author, text, created_at) values (?, ?, ?, ?, ?)",
                incidentId, kind.name(), author, text, Instant.now());
    }

    /** A move Ducky made: the move, the section ids it cited and what it said. */
    public void addMove(String incidentId, Move move, List<String> cited, String text) {
        if (cited.stream().anyMatch(id -> id.contains(CITED_SEPARATOR))) {
            throw new IllegalArgumentException("a section id holds a line break: " + cited);
        }
        sql.update("insert into incident_entry (incident_id, kind, author, move, cited, text, created_at)"
                        + " values (?, ?, null, ?, ?, ?, ?)", incidentId, Entry.Kind.MOVE.name(), move.name(),
                String.join(CITED_SEPARATOR, cited), text, Instant.now());
    }

    public List<Entry> timeline(String incidentId) {
        return sql.query("select kind, author, move, cited, text, created_at from incident_entry where incident_id = ?"
                + " order by id", IncidentStore::entry, incidentId);
    }

    public List<Entry> entries(String incidentId, Entry.Kind kind) {
        return timeline(incidentId).stream().filter(e -> e.kind() == kind).toList();
    }

    /** What makes a session the channel's (or the thread's) open one; see V6__replicas.sql. */
    private static String openKey(String channel, String threadTs) {
        return channel + "/" + (threadTs == null ? "" : threadTs);
    }

    private Optional<Incident> first(String query, Object... params) {
        return sql.query(query, IncidentStore::incident, params).stream().findFirst();
    }

    private static Entry entry(ResultSet row) throws SQLException {
        String move = row.getString(3);
        String cited = row.getString(4);
        return new Entry(Entry.Kind.valueOf(row.getString(1)), row.getString(2), move == null ? null : Move.valueOf(move),
                cited == null || cited.isEmpty() ? List.of() : List.of(cited.split(CITED_SEPARATOR)), row.getString(5),
                row.getTimestamp(6).toInstant());
    }

    private static Incident incident(ResultSet row) throws SQLException {
        return new Incident(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getBoolean(8), Incident.State.valueOf(row.getString(9)),
                row.getString(10), row.getTimestamp(11).toInstant(), instant(row.getTimestamp(12)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
