package dev.ducky.support;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One persisted transition of a question's flow: what happened, who did it and when, the state it left, and what
 * Slack must be told. Its id travels in the metadata of every message it posts.
 *
 * @param id    database id (0 before it is stored)
 * @param seq   1, 2, 3… within the question; the next step's seq is taken by exactly one writer
 * @param cause what made it happen (the inbox key, or a reminder's key); a replay of the same cause adds nothing
 * @param data  what the step decided (draft, proposal, confirmation…), also shown in the traces' {@code support}
 */
public record Step(long id, String questionId, int seq, Kind kind, FlowState state, @Nullable String actor,
                   String cause, Map<String, Object> data, List<Post> posts, Instant at) {
    /** What happened. */
    public enum Kind {
        ASKED, INCIDENT_CHOSEN, DEV_REPLIED, TERM_TAUGHT, CONFIRMED, REJECTED, REMINDED, LEAD_NUDGED, REFUSED,
        ALREADY_HANDLED
    }

    public Step {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(cause, "cause");
        data = Map.copyOf(data);
        posts = List.copyOf(posts);
        Objects.requireNonNull(at, "at");
    }

    /** The transition's id, known before it is stored: written into the metadata of every message it posts. */
    public String transitionId() {
        return transitionId(questionId, seq);
    }

    public static String transitionId(String questionId, int seq) {
        return questionId + "/" + seq;
    }

    public @Nullable String text(String key) {
        Object value = data.get(key);
        return value == null ? null : value.toString();
    }

    /** Whether the step holds an answer the developers may confirm (a draft or a rewrite). */
    public boolean proposes() {
        return data.containsKey(Data.CUSTOMER) && !data.containsKey(Data.VERSION);
    }

    /** Keys of {@link #data}. */
    public static final class Data {
        public static final String QUESTIONS = "questions";
        public static final String CUSTOMER = "customer";
        public static final String PARTNER = "partner";
        public static final String REPLY = "reply";
        public static final String UNKNOWN = "unknown_terms";
        public static final String MISSING = "missing";
        public static final String VERSION = "answer_version";
        public static final String EDITED = "edited";
        public static final String CITED = "cited";
        public static final String PROPOSAL = "proposal_step";

        private Data() {
        }
    }
}
