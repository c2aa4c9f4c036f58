package dev.ducky.config;

/** The Micronaut environments Ducky's subcommands start in; beans that only make sense in one say so. */
public final class Environments {
    /** {@code ducky serve}: the Slack bot. */
    public static final String SERVE = "serve";
    /** {@code ducky console}: a channel in the terminal. */
    public static final String CONSOLE = "console";
    /** How the console's channels are named ({@code console-incident}, {@code console-support}): the Slack bot
     *  sharing its database leaves them to the console. */
    public static final String CONSOLE_CHANNELS = "console-";

    private Environments() {
    }
}
