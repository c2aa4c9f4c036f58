package dev.ducky.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertTriggerTest {
    private final AlertTrigger trigger = new AlertTrigger("B0ALERTS");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[FIRING:1] KubePodCrashLooping (checkout)        | KubePodCrashLooping",
            "[FIRING] CheckoutHighErrorRate                   | CheckoutHighErrorRate",
            "Triggered #1234: CheckoutHighErrorRate on prod   | CheckoutHighErrorRate",
            "triggered #1234 - [P1] checkout-latency:p99      | checkout-latency:p99",
            "TRIGGERED: [P2] DiskFull                         | DiskFull",
            "Alert triggered  DiskAlmostFull                  | DiskAlmostFull",
            "*Triggered* #1234: [P1] checkout latency         | checkout",
            "nothing triggered yet! Triggered #7: DiskFull    | DiskFull",
    })
    void namesTheFiringAlert(String text, String alert) {
        assertEquals(Optional.of(alert.strip()), trigger.alertIn(text.strip(), null));
    }

    @Test
    void aResolvedNoticeOrChatterIsNoAlert() {
        assertEquals(Optional.empty(), trigger.alertIn("[RESOLVED] KubePodCrashLooping", null));
        assertEquals(Optional.empty(), trigger.alertIn("all quiet, nothing fired", null));
        assertEquals(Optional.empty(), trigger.alertIn("deployed checkout v42", "B0DEPLOY"));
    }

    @Test
    void triggeredInASentenceIsNoAlert() {
        assertEquals(Optional.empty(), trigger.alertIn("nothing triggered yet!", "B0DEPLOY"));
        assertEquals(Optional.empty(), trigger.alertIn("the deploy triggered some retries", null));
    }

    @Test
    void aNamedBotsMessageIsAnAlertByItsFirstLine() {
        assertEquals(Optional.of("Disk on db-1 is 95% full"),
                trigger.alertIn("Disk on db-1 is 95% full\nrunbook: disk.md", "B0ALERTS"));
    }

    @Test
    void aConfiguredPatternNamesTheAlertByItsFirstGroup() {
        AlertTrigger custom = new AlertTrigger("B0ALERTS, ALERT (\\w+) fired");
        assertEquals(Optional.of("DiskFull"), custom.alertIn("ALERT DiskFull fired", null));
    }

    @Test
    @Timeout(2)
    void aTriggeredWordFollowedBySpacesIsReadQuickly() {
        assertEquals(Optional.empty(), trigger.alertIn("triggered" + " ".repeat(3_000) + "!", null));
        assertEquals(Optional.empty(), trigger.alertIn("triggered" + " ".repeat(39_990) + "!", null));
        assertEquals(Optional.empty(), trigger.alertIn("triggered [".repeat(3_600), null));
    }
}
