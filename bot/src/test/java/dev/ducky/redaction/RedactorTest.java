package dev.ducky.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "token xoxb-1234567890-abcdefghij leaked | xoxb-1234567890-abcdefghij | slack-token",
            "app token xapp-1-A0123-456-abcdef        | xapp-1-A0123-456-abcdef    | slack-token",
            "key AKIAABCDEFGHIJKLMNOP here            | AKIAABCDEFGHIJKLMNOP       | aws-key",
            "ghp_abcdefghijklmnopqrstuvwxyz0123 is mine | ghp_abcdefghijklmnopqrstuvwxyz0123 | github-token",
            "password=hunter22                         | hunter22                   | secret",
            "the db password is s3cr3t!               | s3cr3t!                    | secret",
            "Authorization: Bearer abc.def.ghijklmnopq | abc.def.ghijklmnopq        | bearer-token",
            "mail jane.doe@example.com now            | jane.doe@example.com       | email",
            "card 4111 1111 1111 1111 declined        | 4111 1111 1111 1111        | card-number",
            "postgres://app:pa55word@db:5432/orders   | pa55word                   | url-credentials",
    })
    void removesSecretsAndPersonalData(String text, String secret, String kind) {
        String redacted = redactor.redact(text.strip());
        assertFalse(redacted.contains(secret.strip()), redacted);
        assertTrue(redacted.contains("[redacted:" + kind.strip() + "]"), redacted);
    }

    @Test
    void leavesOrdinaryIncidentTextAlone() {
        String text = "p99 of checkout is 2.3s since 14:02, ts 1700000000.000100, order 123456789, "
                + "rate(http_requests_total{code=~\"5..\"}[5m]) > 0.05";
        assertEquals(text, redactor.redact(text));
    }

    @Test
    void numbersThatFailTheLuhnCheckAreNotCards() {
        assertEquals("trace 4111 1111 1111 1112", redactor.redact("trace 4111 1111 1111 1112"));
    }
}
