package dev.ducky.coach;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a message posted by an alerting integration, which opens an incident: Alertmanager's usual
 * Slack format ({@code [FIRING:1] KubePodCrashLooping …}), PagerDuty's ({@code Triggered #1234: …}), and
 * whatever DUCKY_ALERT_TRIGGER names — bot ids ({@code B…}) and/or a regex whose first group is the alert.
 */
@Singleton
public class AlertTrigger {
    // Bot messages are read before Slack's three-second ack, so every repetition is possessive (what follows it
    // can never be what it repeats): a failed match gives up at once instead of trying every split of a run.
    private static final Pattern ALERTMANAGER = Pattern.compile("\\[FIRING(?::\\d++)?]\\s*+([A-Za-z][\\w:-]*+)");
    // "Triggered #1234: [P1] Name", "*Triggered* #1234 Name": group 1 is what marks a pager's message (an id, a
    // colon or dash, a tag), group 2 the alert. A tag stops at the next "[" as well as at its "]", so a message of
    // unclosed brackets is read once, not once per bracket.
    private static final Pattern PAGERDUTY = Pattern.compile("(?i)\\btriggered\\b\\*?+\\s*+((?:#\\d++\\s*+)?"
            + "(?:[:\\-–]\\s*+)?(?:\\[[^\\[\\]]*+]\\s*+)?)([A-Za-z][\\w:-]*+)");
    private static final Pattern BOT_ID = Pattern.compile("B[A-Z0-9]{4,}+");

    private final List<String> botIds;
    private final Pattern custom;

    public AlertTrigger(@Value("${ducky.alert-trigger:}") @Nullable String trigger) {
        List<String> parts = trigger == null ? List.of()
                : Arrays.stream(trigger.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.botIds = parts.stream().filter(p -> BOT_ID.matcher(p).matches()).toList();
        this.custom = parts.stream().filter(p -> !BOT_ID.matcher(p).matches()).findFirst().map(Pattern::compile)
                .orElse(null);
    }

    /** The firing alert's name, when the message is an alert (a resolved notice is not). */
    public Optional<String> alertIn(String text, @Nullable String botId) {
        if (text == null || text.contains("[RESOLVED")) {
            return Optional.empty();
        }
        for (Pattern pattern : custom == null ? List.of(ALERTMANAGER) : List.of(custom, ALERTMANAGER)) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return Optional.of(m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "alert");
            }
        }
        Optional<String> paged = paged(text);
        if (paged.isPresent()) {
            return paged;
        }
        return botId != null && botIds.contains(botId) ? Optional.of(firstWords(text)) : Optional.empty();
    }

    /**
     * The alert a pager's "triggered" names. Without an id, separator or tag the word after it must be written
     * like an alert, so a person's or a bot's "nothing triggered yet!" is not read as an alert named "yet".
     */
    private static Optional<String> paged(String text) {
        Matcher m = PAGERDUTY.matcher(text);
        while (m.find()) {
            if (!m.group(1).isEmpty() || writtenLikeAnAlert(m.group(2))) {
                return Optional.of(m.group(2));
            }
        }
        return Optional.empty();
    }

    // KubePodCrashLooping, disk_full, checkout-latency:p99, Http5xx: a capital inside, a joiner or a digit.
    private static boolean writtenLikeAnAlert(String name) {
        return name.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)
                || c == '_' || c == '-' || c == ':');
    }

    private static String firstWords(String text) {
        String line = text.strip().split("\n", 2)[0];
        return line.length() > 80 ? line.substring(0, 80) : line;
    }
}
