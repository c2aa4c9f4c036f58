package dev.ducky.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No regular expression that reads what people and bots write can be slowed down by a crafted message. The
 * Slack adapter, addressing and redaction run before Slack's three-second ack, and the rest shares two cores
 * with them, so each pattern must get through every pathological message Slack could deliver, quickly.
 *
 * <p>Every module is covered, parsers included: the queries they read are typed by people, and the runbooks,
 * model output and exports the other modules read are written by people and bots too.
 */
class PatternsOnPeoplesTextTest {
    /**
     * Time for one find() loop over one 40,000-character message. A linear pattern needs a few milliseconds, the
     * slowest (long lists of phrases) at most about 400 on two busy cores; a quadratic one needs many seconds.
     */
    private static final Duration PER_MESSAGE = Duration.ofSeconds(2);

    static List<PatternsInCode.Found> patterns() {
        return PatternsInCode.inDucky();
    }

    @Test
    void theScanFindsThePatternsThatReadMessages() {
        List<String> places = patterns().stream().map(PatternsInCode.Found::place).toList();
        for (String expected : List.of("AlertTrigger.PAGERDUTY", "SecretRules.ALL[0]", "SlackInbound.MENTION",
                "IntentRules.CUES[0]", "QuestionReader.QUOTED", "IpPatterns.IPV6", "Guard.LIST_LINE",
                "RunbookConventions.ALERT_NAME", "SlackText.CHANNEL")) {
            assertFalse(places.stream().noneMatch(p -> p.startsWith(expected)), expected + " missing from " + places);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    @Timeout(10)
    void everyPatternGetsThroughPathologicalMessagesQuickly(PatternsInCode.Found found) {
        Map<String, String> inputs = new LinkedHashMap<>(SlowInputs.generic());
        inputs.putAll(SlowInputs.seededBy(found.pattern()));
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            long start = System.nanoTime();
            Matcher m = found.pattern().matcher(new DeadlineText(input.getValue(), start + PER_MESSAGE.toNanos()));
            try {
                while (m.find()) {
                    // Every match is consumed, as redaction and replaceAll consume them.
                }
            } catch (DeadlineText.Overrun overrun) {
                fail(found + " (" + found.pattern() + ") was still matching \"" + input.getKey() + "\" after "
                        + PER_MESSAGE.toMillis() + " ms");
            }
        }
    }
}
