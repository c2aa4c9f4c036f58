package dev.ducky.coach;

import dev.ducky.incident.Entry;
import dev.ducky.incident.Incident;
import dev.ducky.prompts.Move;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** An incident session as the policy reads it: the incident and its timeline so far. */
public record Session(Incident incident, List<Entry> timeline) {
    public Session {
        Objects.requireNonNull(incident, "incident");
        timeline = List.copyOf(timeline);
    }

    public List<String> texts(Entry.Kind kind) {
        return timeline.stream().filter(e -> e.kind() == kind).map(Entry::text).toList();
    }

    /** Ducky's moves so far, oldest first. */
    public List<Move> moves() {
        return timeline.stream().filter(e -> e.kind() == Entry.Kind.MOVE).map(Entry::move).toList();
    }

    public long count(Set<Move> of) {
        return moves().stream().filter(of::contains).count();
    }

    /** The most recent of Ducky's moves that is one of {@code of}. */
    public Optional<Move> last(Set<Move> of) {
        List<Move> moves = moves();
        for (int i = moves.size() - 1; i >= 0; i--) {
            if (of.contains(moves.get(i))) {
                return Optional.of(moves.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether Ducky already said this text in a move (e.g. a refinement), so it is not repeated. */
    public boolean said(String fragment) {
        return texts(Entry.Kind.MOVE).stream().anyMatch(text -> text.contains(fragment));
    }
}
