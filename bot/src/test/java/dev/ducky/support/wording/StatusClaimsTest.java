package dev.ducky.support.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What Ducky writes on its own never states a status, an ETA, a cause or a resolution. */
class StatusClaimsTest {
    @Test
    void statusEtaCauseAndResolutionSentencesAreLeftOut() {
        String impact = """
                Orders stay "processing" for longer than usual. No order is lost.
                Tell support the incident is resolved as soon as the queue drains.
                It will be fixed within 30 minutes. This happens because of a bad deploy.
                The root cause is the payment provider.
                ```bash
                kubectl get pods
                ```
                - Customers are not charged twice.
                """;
        assertEquals("Orders stay \"processing\" for longer than usual. No order is lost. Customers are not charged"
                + " twice.", StatusClaims.withoutClaims(impact));
    }
}
