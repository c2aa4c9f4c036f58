package dev.ducky.coach;

import dev.ducky.conversation.UserRef;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A command said to Ducky as {@code @ducky X …} or {@code /ducky X …} (slash commands don't work in threads,
 * so every command also works as a mention).
 *
 * @param name     which command
 * @param argument the rest of the message, stripped; empty when there is none
 */
public record Command(Name name, String argument) {
    /** The commands Ducky knows. */
    public enum Name {
        START, RESOLVE, LEAD, NOTE, HYPOTHESIS, QUERY, RETRO, HELP, MUTE, UNMUTE, ASK, STATUS
    }

    // Ducky's own name in front ("@ducky status" typed in the console or a thread) says whom the command is for.
    private static final Pattern SAID_TO_DUCKY = Pattern.compile("^(?:@ducky|/ducky)\\b[:,]?\\s*+",
            Pattern.CASE_INSENSITIVE);

    /** The command a message starts with, if it starts with one, with or without Ducky's name in front. */
    public static Optional<Command> parse(String text) {
        String stripped = SAID_TO_DUCKY.matcher(text.strip()).replaceFirst("");
        String[] words = stripped.split("\\s+", 2);
        String first = words[0].toLowerCase(Locale.ROOT).replaceAll("[:,]$", "");
        for (Name name : Name.values()) {
            if (name.name().toLowerCase(Locale.ROOT).equals(first)) {
                String argument = words.length > 1 ? words[1].strip() : "";
                return argumentFits(name, argument) ? Optional.of(new Command(name, argument)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Words like "resolve" or "help" also start ordinary sentences ("help, pods are dying"); those are
     * commands only when what follows fits.
     */
    private static boolean argumentFits(Name name, String argument) {
        return switch (name) {
            case RESOLVE, RETRO, MUTE, UNMUTE -> argument.isEmpty();
            case HELP -> argument.isEmpty();
            case LEAD -> UserRef.parse(argument).isPresent() || argument.equalsIgnoreCase("me");
            case START, NOTE, HYPOTHESIS, QUERY, ASK -> !argument.isEmpty();
            // "status of the rollback?" is a sentence; `status` and `status #incident` are the command.
            case STATUS -> argument.isEmpty() || argument.matches("(<#[A-Z0-9]+(\\|[^>]*)?>|#\\S+)");
        };
    }
}
