package dev.ducky.redaction;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place secrets and personal data are removed from text, before it is stored anywhere or sent to a
 * model. Each finding is replaced by a marker naming its kind, so readers still see that something was there.
 */
@Singleton
public class Redactor {
    private record Rule(String kind, Pattern pattern, int group) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("private-key", Pattern.compile(
                    "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)"), 0),
            new Rule("slack-token", Pattern.compile("\\bx(?:ox[abposr]|app)-[A-Za-z0-9-]{8,}"), 0),
            new Rule("github-token", Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{20,}"), 0),
            new Rule("aws-key", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"), 0),
            new Rule("api-key", Pattern.compile("\\bsk-[A-Za-z0-9_-]{16,}"), 0),
            new Rule("jwt", Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"), 0),
            new Rule("bearer-token", Pattern.compile("(?i)\\bbearer\\s+([A-Za-z0-9._~+/=-]{12,})"), 1),
            new Rule("url-credentials", Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^\\s:/@]+:([^\\s@/]+)@"), 1),
            new Rule("secret", Pattern.compile(
                    "(?i)\\b(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)"
                            + "\\s*(?:is|=|:)\\s*[\"']?([^\\s\"',;]{3,})"), 1),
            new Rule("email", Pattern.compile("(?i)\\b[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}\\b"), 0));

    private static final Pattern CARD_LIKE = Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b");

    /** The text with every secret and personal datum replaced by {@code [redacted:kind]}. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Rule rule : RULES) {
            result = replace(result, rule);
        }
        return redactCards(result);
    }

    private static String replace(String text, Rule rule) {
        Matcher m = rule.pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String whole = m.group();
            String secret = m.group(rule.group());
            int at = m.start(rule.group()) - m.start();
            String replaced = whole.substring(0, at) + marker(rule.kind()) + whole.substring(at + secret.length());
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return out.toString();
    }

    // Card-like numbers are redacted only when they pass the Luhn check, so timestamps and ids survive.
    private static String redactCards(String text) {
        Matcher m = CARD_LIKE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            m.appendReplacement(out, Matcher.quoteReplacement(luhn(digits) ? marker("card-number") : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    static String marker(String kind) {
        return "[redacted:" + kind + "]";
    }
}
