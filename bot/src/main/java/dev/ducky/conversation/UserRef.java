package dev.ducky.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person mentioned in text, written {@code @{id}} inside Ducky so each channel can render it its own way
 * (Slack as a real mention, the console as {@code @id}).
 */
public final class UserRef {
    public static final Pattern PATTERN = Pattern.compile("@\\{([A-Za-z0-9._-]+)}");
    private static final Pattern LOOSE = Pattern.compile("@\\{?([A-Za-z0-9._-]+)}?");

    private UserRef() {
    }

    public static String of(String userId) {
        return "@{" + userId + "}";
    }

    /** The user id in {@code @{id}} or {@code @id}, when the whole text is one. */
    public static Optional<String> parse(String text) {
        Matcher m = LOOSE.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether the text opens by mentioning someone ({@code @{U123} can you…}, {@code @alice …}). */
    public static boolean opens(String text) {
        return LOOSE.matcher(text.stripLeading()).lookingAt();
    }

    /** Plain-text rendering: {@code @{U123}} becomes {@code @U123}. */
    public static String plain(String text) {
        return PATTERN.matcher(text).replaceAll("@$1");
    }
}
