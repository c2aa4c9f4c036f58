package dev.ducky.redaction;

import jakarta.inject.Singleton;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place secrets and personal data are removed from text, before it is stored anywhere or sent to a
 * model. Each finding is replaced by a marker naming its kind, so readers still see that something was there.
 */
@Singleton
public class Redactor {
    // Bounded, so a long run of digits and spaces costs each starting digit at most nineteen steps.
    private static final Pattern CARD_LIKE = Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b");
    private static final Pattern CARD_SEPARATOR = Pattern.compile("[ -]");

    /** The text with every secret and personal datum replaced by {@code [redacted:kind]}. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (SecretRules.Rule rule : SecretRules.ALL) {
            result = replace(result, rule);
        }
        return redactCards(result);
    }

    // Only the secret is replaced; what introduces it ("password=", "Bearer ", "postgres://admin:") stays.
    private static String replace(String text, SecretRules.Rule rule) {
        Matcher m = rule.pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int group = secretGroup(m);
            String whole = m.group();
            int from = m.start(group) - m.start();
            int to = m.end(group) - m.start();
            m.appendReplacement(out, Matcher.quoteReplacement(
                    whole.substring(0, from) + marker(rule.kind()) + whole.substring(to)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int secretGroup(Matcher m) {
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.start(group) >= 0) {
                return group;
            }
        }
        return 0;
    }

    // Card-like numbers are redacted only when they pass the Luhn check, so timestamps and ids survive.
    private static String redactCards(String text) {
        Matcher m = CARD_LIKE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = CARD_SEPARATOR.matcher(m.group()).replaceAll("");
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
