package dev.ducky.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The support flow.
 *
 * @param channels       DUCKY_SUPPORT_CHANNELS: ids of the channels support staff ask from, comma-separated; an
 *                       entry with {@code *} is a pattern ({@code C*SUP}: every id starting with C, ending in SUP)
 * @param responderGroup DUCKY_RESPONDER_GROUP: a user group (S…) whose members may confirm answers in any
 *                       incident, besides the incident channel's members; blank = members only
 * @param reminderAfter  DUCKY_REMINDER_AFTER: how long support waits before Ducky reminds the developers once,
 *                       and as long again before it mentions the incident lead
 * @param reminderCheck  how often reminders that are due are looked for
 * @param glossary       DUCKY_GLOSSARY: the team's jargon file; blank = the bundled sample glossary
 */
@ConfigurationProperties(SupportSettings.PREFIX)
public record SupportSettings(@Nullable String channels, @Nullable String responderGroup, Duration reminderAfter,
                              Duration reminderCheck, @Nullable String glossary) {
    public static final String PREFIX = "ducky.support";

    public SupportSettings {
        if (reminderAfter == null || reminderAfter.isNegative() || reminderAfter.isZero()) {
            throw new IllegalArgumentException("DUCKY_REMINDER_AFTER must be a positive duration, was " + reminderAfter);
        }
        if (reminderCheck == null || reminderCheck.isNegative() || reminderCheck.isZero()) {
            throw new IllegalArgumentException("ducky.support.reminder-check must be positive, was " + reminderCheck);
        }
    }

    public Set<String> supportChannels() {
        if (channels == null || channels.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(channels.split(",")).map(String::strip).map(c -> c.startsWith("#") ? c.substring(1) : c)
                .filter(c -> !c.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether support staff ask from this channel: one of the ids, or matching one of the patterns. */
    public boolean isSupportChannel(String channel) {
        return supportChannels().stream().anyMatch(entry -> entry.contains("*")
                ? channel.matches(Arrays.stream(entry.split("\\*", -1)).map(Pattern::quote)
                        .collect(Collectors.joining(".*")))
                : entry.equals(channel));
    }

    public boolean hasResponderGroup() {
        return responderGroup != null && !responderGroup.isBlank();
    }

    /** The glossary file, when the team configured one. */
    public @Nullable Path glossaryFile() {
        return glossary == null || glossary.isBlank() ? null : Path.of(glossary.strip());
    }
}
