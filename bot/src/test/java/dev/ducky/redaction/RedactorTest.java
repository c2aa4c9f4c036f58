package dev.ducky.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
    private static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String AZURE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "token xoxb-1234567890-abcdefghij leaked | xoxb-1234567890-abcdefghij | slack-token",
            "app token xapp-1-A0123-456-abcdef        | xapp-1-A0123-456-abcdef    | slack-token",
            "key AKIAABCDEFGHIJKLMNOP here            | AKIAABCDEFGHIJKLMNOP       | aws-key",
            "ghp_abcdefghijklmnopqrstuvwxyz0123 is mine | ghp_abcdefghijklmnopqrstuvwxyz0123 | github-token",
            "password=hunter22                         | hunter22                   | secret",
            "the db password is s3cr3t!               | s3cr3t!                    | secret",
            "DB_PASSWORD=hunter22 in the env          | hunter22                   | secret",
            "Authorization: Bearer abc.def.ghijklmnopq | abc.def.ghijklmnopq        | bearer-token",
            "curl -H 'Authorization: Bearer sometokenvalue' | sometokenvalue      | bearer-token",
            "use bearer 4f9a8b7c6d5e4f3a2b1c           | 4f9a8b7c6d5e4f3a2b1c       | bearer-token",
            "mail jane.doe@example.com now            | jane.doe@example.com       | email",
            "reply to ops@mail.example.co.uk.          | ops@mail.example.co.uk     | email",
            "card 4111 1111 1111 1111 declined        | 4111 1111 1111 1111        | card-number",
            "postgres://app:pa55word@db:5432/orders   | pa55word                   | url-credentials",
            "aws_secret_access_key=" + AWS_SECRET + "   | " + AWS_SECRET + "        | aws-secret-key",
            "AWS_SECRET_ACCESS_KEY: " + AWS_SECRET + "  | " + AWS_SECRET + "        | aws-secret-key",
            "{\"SecretAccessKey\": \"" + AWS_SECRET + "\"} | " + AWS_SECRET + "     | aws-secret-key",
            "AccountName=shop;AccountKey=" + AZURE_KEY + ";EndpointSuffix=x | " + AZURE_KEY + " | azure-key",
            "\"private_key_id\": \"3f1c2a9b8e7d6c5b4a39281706f5e4d3c2b1a098\" | 3f1c2a9b8e7d6c5b4a39281706f5e4d3c2b1a098 | gcp-key-id",
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

    @ParameterizedTest
    @ValueSource(strings = {
            "the secret to this is patience",
            "I hate to be the bearer of bad news",
            "bearer authentication is required everywhere",
            "user:admin@example is not a URL",
            "the token isolation level was wrong",
            "rolled back to 9fceb02d0ae598e95dc970b74767f19372d61af8 at 14:02",
            "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 touched the secret access key rotation",
            "trace 3f2b8c4e-9a1d-4c7e-b5f6-0d8e2a1c9b47 at 2024-05-01T14:02:03.123Z",
            "ask alerts@ or @oncall in #incidents",
            "see https://grafana.example.com:3000/d/abc/checkout?from=now-1h",
            "the registry is https://npm.example.com:443/@scope/pkg",
            "AccountName=shop;EndpointSuffix=core.windows.net",
            "SharedAccessKeyName=RootManageSharedAccessKey",
    })
    void ordinarySentencesPassUntouched(String text) {
        assertEquals(text, redactor.redact(text));
    }

    @Test
    void onlyAUrlsPasswordIsReplacedAndTheRestStaysReadable() {
        assertEquals("postgres://admin:[redacted:url-credentials]@db:5432/x",
                redactor.redact("postgres://admin:hunter2@db:5432/x"));
        assertEquals("DATABASE_URL=postgres://admin:[redacted:url-credentials]@db.internal:5432/x?sslmode=require",
                redactor.redact("DATABASE_URL=postgres://admin:hunter2@db.internal:5432/x?sslmode=require"));
        assertEquals("redis://:[redacted:url-credentials]@cache:6379/0", redactor.redact("redis://:s3cret/x@cache:6379/0"),
                "no user, and a slash in the password");
    }

    @Test
    void anAwsSecretIsRedactedOnlyWhereItsKeyNameIntroducesIt() {
        assertEquals("aws_secret_access_key=[redacted:aws-secret-key]",
                redactor.redact("aws_secret_access_key=" + AWS_SECRET));
        assertEquals("copied " + AWS_SECRET + " from the console", redactor.redact("copied " + AWS_SECRET
                + " from the console"), "alone, 40 characters could be anything");
    }

    @Test
    void aGcpServiceAccountKeyLosesItsPrivateKeyAndKeyId() {
        String json = "{\"type\": \"service_account\", \"project_id\": \"shop\", "
                + "\"private_key_id\": \"3f1c2a9b8e7d6c5b4a39281706f5e4d3c2b1a098\", "
                + "\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\nBKcwggSjAgEAAoIBAQ\\n"
                + "-----END PRIVATE KEY-----\\n\", \"client_email\": \"ducky@shop.iam.gserviceaccount.com\"}";
        assertEquals("{\"type\": \"service_account\", \"project_id\": \"shop\", "
                + "\"private_key_id\": \"[redacted:gcp-key-id]\", \"private_key\": \"[redacted:private-key]\\n\", "
                + "\"client_email\": \"[redacted:email]\"}", redactor.redact(json));
    }

    @Test
    void anAzureConnectionStringKeepsEverythingButItsKey() {
        assertEquals("DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=[redacted:azure-key];"
                        + "EndpointSuffix=core.windows.net",
                redactor.redact("DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=" + AZURE_KEY
                        + ";EndpointSuffix=core.windows.net"));
        assertEquals("Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
                        + "SharedAccessKey=[redacted:azure-key]",
                redactor.redact("Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName="
                        + "RootManageSharedAccessKey;SharedAccessKey=c2VjcmV0LWtleS1mb3ItdGhlLWJ1cw=="));
    }

    @Test
    void numbersThatFailTheLuhnCheckAreNotCards() {
        assertEquals("trace 4111 1111 1111 1112", redactor.redact("trace 4111 1111 1111 1112"));
    }

    @Test
    @Timeout(2)
    void aLongDottedMentionIsRedactedQuickly() {
        String dotted = "a.".repeat(20_000);
        assertEquals(dotted, redactor.redact(dotted));
    }

    @Test
    @Timeout(2)
    void longRunsOfWhatSecretsAreMadeOfAreRedactedQuickly() {
        for (String text : new String[] {"a@".repeat(20_000), "a://a:a".repeat(5_000), "password" + " ".repeat(39_000),
                "bearer " + "a".repeat(39_000) + "!", "-----BEGIN " + "A ".repeat(19_000)}) {
            redactor.redact(text);
        }
    }
}
