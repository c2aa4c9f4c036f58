package dev.ducky.coach.understanding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A fix and how it went, told apart from plans, questions and plain observations. */
class OutcomeTest {
    @Test
    void aFixThatWorkedIsReportedAndWorked() {
        for (String said : List.of("rolled back, error rate back under 1%", "that did it, the 502s are gone",
                "scaled the workers to 8, timeouts stopped", "failover done, writes are going through again",
                "mitigated: traffic is on the other region and errors are at zero")) {
            assertTrue(Outcome.reported(said), said);
            assertTrue(Outcome.worked(said), said);
        }
    }

    @Test
    void aFixThatDidNotHelpIsReportedButDidNotWork() {
        for (String said : List.of("restart didn't help, still crashlooping", "bumped the pool to 40, no change")) {
            assertTrue(Outcome.reported(said), said);
            assertFalse(Outcome.worked(said), said);
        }
    }

    @Test
    void plansQuestionsAndObservationsAreNoOutcome() {
        for (String said : List.of("trying a rolling restart, if that doesn't help we revert",
                "did the rollback bring the errors back to normal?", "restarting the pods now",
                "`dig orders-db` from the pod gives SERVFAIL", "errors started right after the 14:02 deploy")) {
            assertFalse(Outcome.reported(said), said);
        }
    }
}
