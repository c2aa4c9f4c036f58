package dev.ducky.coach;

import dev.ducky.conversation.UserRef;
import dev.ducky.persistence.Sql;
import dev.ducky.query.QueryLanguage;
import dev.ducky.query.examples.WorkedExample;
import dev.ducky.query.history.PostedQuery;
import dev.ducky.query.history.TeamHistory;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The team's own queries: what responders ran during incidents and which question it answered. They become
 * worked examples, so the next person asking the same thing sees how a teammate did it. Kept by the coach, with
 * {@link QueryLearning} that finds them in incidents; the translator reads them as a {@link TeamHistory}.
 */
@Singleton
public class TeamQueries implements TeamHistory {
    /** Enough history to find a near-identical question, few enough to read on every translation. */
    static final int RECENT = 500;

    private final Sql sql;

    public TeamQueries(Sql sql) {
        this.sql = sql;
    }

    /** Keeps a query once per question; the author is a Slack user id (or the console's role). */
    public void remember(PostedQuery posted, String question, String author, String channel, String incidentId) {
        boolean known = !sql.query("select id from team_query where language = ? and query_text = ? and question = ?",
                row -> row.getLong(1), posted.language().label(), posted.query(), question).isEmpty();
        if (!known) {
            sql.update("insert into team_query (language, query_text, question, author, channel, incident_id, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", posted.language().label(), posted.query(), question, author,
                    channel, incidentId, Instant.now());
        }
    }

    /** The most recent queries as worked examples, newest first; the author as a mention Ducky's messages render. */
    @Override
    public List<WorkedExample> examples() {
        return sql.query("select language, query_text, question, author from team_query order by created_at desc, id desc"
                        + " limit " + RECENT,
                row -> new WorkedExample(row.getString(3), QueryLanguage.valueOf(row.getString(1).toUpperCase(Locale.ROOT)),
                        row.getString(2), WorkedExample.Source.TEAM_HISTORY,
                        row.getString(4) == null ? "a teammate" : UserRef.of(row.getString(4))));
    }
}
