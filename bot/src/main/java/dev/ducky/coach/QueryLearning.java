package dev.ducky.coach;

import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.incident.IncidentStore;
import dev.ducky.prompts.Move;
import dev.ducky.query.history.PostedQuery;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folds the team's own queries back in: a valid query a responder posts in an incident is kept with the question
 * it answered — the words around it, else the last query question Ducky was asked in that incident.
 */
@Singleton
public class QueryLearning {
    /** The demonstrate moves, as the timeline records them, that follow a query question. */
    private static final Set<Move> QUERY_MOVES = Set.of(Move.SHOW_QUERY, Move.CLARIFY_QUERY, Move.SHOW_LINK);
    private static final int MIN_QUESTION_WORDS = 3;

    private final IncidentStore incidents;
    private final TeamQueries team;

    public QueryLearning(IncidentStore incidents, TeamQueries team) {
        this.incidents = incidents;
        this.team = team;
    }

    /** Keeps each valid query of the message; returns how many were kept. */
    public int learn(Incident incident, String author, String message) {
        List<PostedQuery> posted = PostedQuery.in(message);
        int kept = 0;
        for (PostedQuery q : posted) {
            Optional<String> question = q.prose().split("\\s+").length >= MIN_QUESTION_WORDS
                    ? Optional.of(q.prose()) : lastQueryQuestion(incidents.timeline(incident.id()));
            incidents.add(incident.id(), Entry.Kind.QUERY, author, q.query());
            if (question.isPresent()) {
                team.remember(q, question.get(), author, incident.channel(), incident.id());
                kept++;
            }
        }
        return kept;
    }

    /** The human message that led to the latest demonstrate move. */
    static Optional<String> lastQueryQuestion(List<Entry> timeline) {
        for (int i = timeline.size() - 1; i > 0; i--) {
            Entry e = timeline.get(i);
            if (e.kind() == Entry.Kind.MOVE && QUERY_MOVES.contains(e.move())) {
                for (int j = i - 1; j >= 0; j--) {
                    if (timeline.get(j).kind() == Entry.Kind.MESSAGE) {
                        return Optional.of(timeline.get(j).text());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
