package dev.ducky.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ducky.persistence.Columns;
import dev.ducky.persistence.Sql;
import dev.ducky.redaction.Redactor;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Support questions and their steps, in the database: nothing is told to Slack that is not written here first. */
@Singleton
public class SupportStore {
    private static final String QUESTION = "select id, incident_id, incident_channel, support_channel, support_thread,"
            + " dev_thread, asked_by, questions, asked_at from support_question";
    private static final String STEP = "select id, question_id, seq, kind, state, actor, cause, data, posts, created_at"
            + " from support_step";

    private final Sql sql;
    // Jackson's defaults, not the application's mapper (which leaves empty lists out): steps are read back whole.
    private final ObjectMapper json = new ObjectMapper();
    private final Redactor redactor;

    public SupportStore(Sql sql, Redactor redactor) {
        this.sql = sql;
        this.redactor = redactor;
    }

    /** Stores the question unless a replay already did. */
    public void create(Question q) {
        sql.update("insert into support_question (id, incident_id, incident_channel, support_channel, support_thread,"
                        + " dev_thread, asked_by, questions, asked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing", q.id(), q.incidentId(), q.incidentChannel(), q.supportChannel(),
                q.supportThread(), q.devThread(), q.askedBy(), redactor.redact(q.questions()), q.askedAt());
    }

    public Question question(String id) {
        return first(QUESTION + " where id = ?", id).orElseThrow(() -> new IllegalStateException("no question " + id));
    }

    public Optional<Question> byDevThread(String channel, String thread) {
        return first(QUESTION + " where incident_channel = ? and dev_thread = ? order by asked_at desc", channel, thread);
    }

    /** The latest question asked in a support thread. */
    public Optional<Question> bySupportThread(String channel, String thread) {
        return first(QUESTION + " where support_channel = ? and support_thread = ? order by asked_at desc", channel,
                thread);
    }

    public List<Question> ofIncident(String incidentId) {
        return sql.query(QUESTION + " where incident_id = ? order by asked_at", SupportStore::question, incidentId);
    }

    /** Questions about incidents still open whose developers' thread exists (reminders look at these). */
    public List<Question> waitingOnOpenIncidents() {
        return sql.query(QUESTION + " where dev_thread is not null and incident_id in"
                + " (select id from incident where state = 'OPEN') order by asked_at", SupportStore::question);
    }

    public void chooseIncident(String questionId, String incidentId, String channel) {
        sql.update("update support_question set incident_id = ?, incident_channel = ? where id = ? and incident_id is null",
                incidentId, channel, questionId);
    }

    public void setSupportThread(String questionId, String thread) {
        sql.update("update support_question set support_thread = ? where id = ? and support_thread is null",
                thread, questionId);
    }

    public void setDevThread(String questionId, String thread) {
        sql.update("update support_question set dev_thread = ? where id = ? and dev_thread is null", thread, questionId);
    }

    public List<Step> steps(String questionId) {
        return sql.query(STEP + " where question_id = ? order by seq", this::step, questionId);
    }

    public Optional<Step> last(String questionId) {
        List<Step> steps = steps(questionId);
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    public boolean happened(String cause) {
        return !sql.query("select 1 from support_step where cause = ?", row -> row.getInt(1), cause).isEmpty();
    }

    /**
     * Appends the step as number {@code step.seq()} of its question; false when another writer took that number
     * first or the cause already had its step (the caller re-reads and decides again).
     */
    public boolean append(Step step) {
        return sql.update("insert into support_step (question_id, seq, kind, state, actor, cause, data, posts,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                step.questionId(), step.seq(), step.kind().name(), step.state().name(), step.actor(), step.cause(),
                write(step.data()), write(step.posts()), step.at()) == 1;
    }

    /** Confirmed answers about an incident, oldest first. */
    public List<Step> confirmations(String incidentId) {
        return sql.query(STEP + " where kind = 'CONFIRMED' and question_id in"
                + " (select id from support_question where incident_id = ?) order by id", this::step, incidentId);
    }

    /** Steps whose posts Slack has not been told yet, oldest first. */
    public List<Step> undelivered() {
        return sql.query(STEP + " where delivered_at is null order by id", this::step);
    }

    /** Claims delivery of a step: free, or claimed by {@code owner} before, or claimed by others before {@code stale}. */
    public boolean claim(long stepId, String owner, Instant stale) {
        return sql.update("update support_step set claimed_by = ?, claimed_at = ? where id = ? and delivered_at is null"
                        + " and (claimed_by is null or claimed_by = ? or claimed_at < ?)",
                owner, Instant.now(), stepId, owner, stale) == 1;
    }

    public void delivered(long stepId) {
        sql.update("update support_step set delivered_at = ? where id = ?", Instant.now(), stepId);
    }

    public Map<String, String> terms() {
        Map<String, String> terms = new java.util.LinkedHashMap<>();
        sql.query("select term, plain from support_term order by term", row -> terms.put(row.getString(1),
                row.getString(2)));
        return terms;
    }

    public void teach(String term, String plain, String by) {
        sql.update("insert into support_term (term, plain, taught_by, taught_at) values (?, ?, ?, ?)"
                + " on conflict do nothing", Columns.fit(term, Columns.TERM), redactor.redact(plain), by, Instant.now());
    }

    private Optional<Question> first(String query, Object... params) {
        return sql.query(query, SupportStore::question, params).stream().findFirst();
    }

    private static Question question(ResultSet row) throws SQLException {
        return new Question(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getTimestamp(9).toInstant());
    }

    private Step step(ResultSet row) throws SQLException {
        return new Step(row.getLong(1), row.getString(2), row.getInt(3), Step.Kind.valueOf(row.getString(4)),
                FlowState.valueOf(row.getString(5)), row.getString(6), row.getString(7),
                read(row.getString(8), new TypeReference<Map<String, Object>>() { }),
                read(row.getString(9), new TypeReference<List<Post>>() { }), row.getTimestamp(10).toInstant());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a support step", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable support step", e);
        }
    }
}
