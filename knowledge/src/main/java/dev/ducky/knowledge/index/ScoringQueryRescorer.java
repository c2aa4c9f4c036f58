package dev.ducky.knowledge.index;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;

/** Orders keyword candidates by {@link QuestionQuery#scoring()} alone; the candidate query's score only selected them. */
final class ScoringQueryRescorer extends QueryRescorer {
    ScoringQueryRescorer(Query scoring) {
        super(scoring);
    }

    @Override
    protected float combine(float candidateScore, boolean scoringMatched, float scoringScore) {
        // Both queries have the same terms, so a candidate always matches; 0 keeps a mismatch last, not lost.
        return scoringMatched ? scoringScore : 0f;
    }
}
