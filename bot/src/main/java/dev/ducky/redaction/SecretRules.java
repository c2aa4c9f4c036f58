package dev.ducky.redaction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the redactor looks for, most specific first, so a key is named for what it is before a generic rule
 * sees it. The secret is the first capturing group that took part in the match, or the whole match.
 *
 * <p>Every pattern runs on whatever people paste, before Slack's three-second ack, so each must take time in
 * proportion to the text: repetitions are bounded (RFC lengths for e-mail and URL parts) or possessive
 * ({@code *+}) where what follows cannot be what they repeat, and a rule that could start at every character
 * of a long run starts only at the run's beginning.
 */
final class SecretRules {
    /** One kind of secret and how to find it. */
    record Rule(String kind, Pattern pattern) {
    }

    // Text names a key with "_", "-" or nothing in between (aws_secret_access_key, SecretAccessKey), and "\b"
    // sees no boundary after "_", so key names start where no letter or digit precedes them.
    private static final String KEY_NAME_START = "(?<![A-Za-z0-9])";

    // A key name, an optional closing quote (JSON, YAML), then "=" or ":" and an optional opening quote.
    private static final String ASSIGNED = "[\"']?\\s*+[:=]\\s*+[\"']?";

    // A value an earlier, more specific rule already replaced is not redacted again under a vaguer name.
    private static final String NOT_YET_REDACTED = "(?!\\[redacted:)";

    static final List<Rule> ALL = List.of(
            // PEM blocks, also inside JSON with escaped newlines (a GCP service account's "private_key"); a
            // block cut off before its END line is redacted to the end of the text.
            new Rule("private-key", Pattern.compile(
                    "-----BEGIN [A-Z ]{0,32}PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]{0,32}PRIVATE KEY-----|$)")),
            new Rule("gcp-key-id", Pattern.compile("\"private_key_id\"\\s*+:\\s*+\"([^\"\\s]{8,128}+)\"")),
            new Rule("slack-token", Pattern.compile("\\bx(?:ox[abposr]|app)-[A-Za-z0-9-]{8,}+")),
            new Rule("github-token", Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{20,}+")),
            new Rule("aws-key", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b")),
            // The 40-character secret is only recognisable by the name before it: alone it could be a git SHA.
            new Rule("aws-secret-key", Pattern.compile("(?i)" + KEY_NAME_START + "(?:aws_?)?secret_?access_?key"
                    + ASSIGNED + "([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])")),
            // Azure storage and Service Bus connection strings: AccountName=…;AccountKey=…;EndpointSuffix=…
            new Rule("azure-key", Pattern.compile("(?i)" + KEY_NAME_START
                    + "(?:AccountKey|SharedAccessKey)\\s*+=\\s*+([A-Za-z0-9+/=]{16,}+)")),
            new Rule("api-key", Pattern.compile("\\bsk-[A-Za-z0-9_-]{16,}+")),
            new Rule("jwt", Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}+\\.[A-Za-z0-9_-]{8,}+\\.[A-Za-z0-9_-]{8,}+")),
            // After an Authorization header anything is the token; elsewhere "bearer" is also a word, so the
            // token must hold a digit or a symbol ("bearer authentication" is prose).
            new Rule("bearer-token", Pattern.compile("(?i)\\bauthorization\\s*+:\\s*+bearer\\s++" + NOT_YET_REDACTED
                    + "([^\\s\"',;]{8,}+)"
                    + "|\\bbearer\\s++(?=[A-Za-z]*+[0-9._~+/=-])([A-Za-z0-9._~+/=-]{12,}+)")),
            // scheme://user:password@host: only the password goes, so the URL still says where it points. A
            // password never starts as a port followed by a path (https://host:8080/@scope/pkg is no login).
            new Rule("url-credentials", Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]{0,31}+://[^\\s:/@]{0,256}+:"
                    + "(?![0-9]++/)([^\\s@]{1,256}+)@")),
            new Rule("secret", Pattern.compile("(?i)" + KEY_NAME_START
                    + "(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)"
                    + "\\s*+(?:is\\b|=|:)\\s*+[\"']?" + NOT_YET_REDACTED + "([^\\s\"',;]{3,}+)")),
            // RFC 5321: a local part has at most 64 characters, a label 63, a name at most 127 labels.
            new Rule("email", Pattern.compile("(?i)\\b[a-z0-9._%+-]{1,64}+@(?:[a-z0-9-]{1,63}+\\.){1,127}"
                    + "[a-z]{2,63}+\\b")));

    private SecretRules() {
    }
}
