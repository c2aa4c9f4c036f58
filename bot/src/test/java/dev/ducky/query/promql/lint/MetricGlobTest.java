package dev.ducky.query.promql.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MetricGlobTest {
    @Test
    void aStarStandsForAnyRunOfCharacters() {
        assertTrue(MetricGlob.of("*_bucket").matches("http_request_duration_seconds_bucket"));
        assertTrue(MetricGlob.of("*_bucket").matches("_bucket"));
        assertTrue(MetricGlob.of("container_*").matches("container_cpu_usage_seconds_total"));
        assertTrue(MetricGlob.of("node_cpu_seconds_total").matches("node_cpu_seconds_total"));
        assertFalse(MetricGlob.of("*_bucket").matches("http_bucket_total"));
        assertFalse(MetricGlob.of("node_cpu_seconds_total").matches("node_cpu_seconds_total_x"));
        assertFalse(MetricGlob.of("a*ab").matches("ab"));
    }

    @Test
    void fitsWhatTheEquivalentRegexFits() {
        Random random = new Random(7);
        for (String glob : List.of("*_b", "a_*", "*a*", "a*b*a", "*", "ab", "a**b", "*ab*ba*")) {
            Pattern regex = Pattern.compile(Pattern.quote(glob).replace("*", "\\E.*\\Q"));
            for (int i = 0; i < 2_000; i++) {
                String name = randomName(random);
                assertEquals(regex.matcher(name).matches(), MetricGlob.of(glob).matches(name), glob + " on " + name);
            }
        }
    }

    @Test
    @Timeout(2)
    void aLongNameIsReadOnce() {
        assertTrue(UnfilteredHighCardinality.isKnown(" ".repeat(40_000) + "_bucket"));
        assertFalse(UnfilteredHighCardinality.isKnown(" ".repeat(40_000) + "!"));
    }

    private static String randomName(Random random) {
        StringBuilder name = new StringBuilder();
        for (int length = random.nextInt(8); name.length() < length; ) {
            name.append("ab_".charAt(random.nextInt(3)));
        }
        return name.toString();
    }
}
