package dev.ducky.query.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {
    @Test
    void aQueryUpToTheLimitIsLongEnough() {
        assertTrue(QueryLimits.lengthProblem("x".repeat(QueryLimits.MAX_LENGTH)).isEmpty());
    }

    @Test
    void aLongerQuerySaysHowLongItIsAndWhatTheLimitIs() {
        Optional<String> problem = QueryLimits.lengthProblem("x".repeat(QueryLimits.MAX_LENGTH + 1));
        assertEquals(Optional.of("query longer than 65536 characters (it has 65537)"), problem);
    }

    @Test
    void theDepthMessageNamesTheLimit() {
        assertEquals("expression nested deeper than 64 levels", QueryLimits.tooDeep());
    }
}
