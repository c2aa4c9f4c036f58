package dev.ducky.query.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.query.QueryLanguage;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QuestionReaderTest {
    @Test
    void quantilesAsPeopleSayThem() {
        assertEquals(Optional.of(0.99), QuestionReader.read("p99 latency of checkout").shape().quantile());
        assertEquals(Optional.of(0.95), QuestionReader.read("the 95th percentile of search").shape().quantile());
        assertEquals(Optional.of(0.5), QuestionReader.read("median response time").shape().quantile());
        assertEquals(Optional.empty(), QuestionReader.read("how slow is checkout").shape().quantile());
    }

    @Test
    void rankingAndWhatIsRanked() {
        Question q = QuestionReader.read("what are the top 10 slowest endpoints for checkout?");
        assertEquals(OptionalInt.of(10), q.shape().topK());
        assertTrue(q.groupsBy("endpoint"), q.shape().groupNouns().toString());
        assertEquals(OptionalInt.of(10), QuestionReader.read("the noisiest pods").shape().topK());
        assertTrue(QuestionReader.read("which 3 pods use the least memory").shape().bottom());
        assertTrue(QuestionReader.read("error rate per route and status code").groupsBy("route"));
    }

    @Test
    void windowsOffsetsHorizonsAndTheMinutesBeforeTheAlert() {
        assertEquals(Optional.of(Duration.ofMinutes(30)), QuestionReader.read("errors over the last 30 minutes").time().window());
        assertEquals(Optional.of(Duration.ofHours(1)), QuestionReader.read("restarts in the last hour").time().window());
        assertEquals(Optional.of(Duration.ofDays(1)), QuestionReader.read("error rate compared to yesterday").time().offset());
        assertEquals(Optional.of(Duration.ofDays(7)),
                QuestionReader.read("latency compared with the same time last week").time().offset());
        assertEquals(Optional.empty(), QuestionReader.read("targets on nodes booted more than 10 minutes ago").time().offset(),
                "'ago' alone is no comparison");
        assertEquals(Optional.of(Duration.ofDays(2)),
                QuestionReader.read("will the disk fill up in the next 2 days?").time().horizon());
        Question before = QuestionReader.read("checkout p99 in the 10 minutes before the alert fired");
        assertEquals(OptionalInt.of(10), before.time().minutesBeforeAlert());
        assertEquals(Optional.empty(), before.time().window(), "the span before the alert is not an averaging window");
        assertTrue(!before.terms().contains("alert"), "nor is it what the data is about: " + before.terms());
    }

    @Test
    void statusCodesLogsAndTextToLookFor() {
        assertEquals(Optional.of("5.."), QuestionReader.read("how many 5xx does checkout return?").status());
        assertEquals(Optional.of("503"), QuestionReader.read("rate of 503s").status());
        assertEquals(Optional.empty(), QuestionReader.read("how many 500s in the last 5 minutes").time().offset());
        Question logs = QuestionReader.read("how often does 'connection refused' show up in the payments logs?");
        assertEquals(QueryLanguage.LOGQL, logs.language());
        assertEquals(Optional.of("connection refused"), logs.pattern());
        assertEquals(QueryLanguage.PROMQL, QuestionReader.read("login failures per minute").language());
    }
}
