package dev.ducky.config;

/** The Micronaut environments Ducky's subcommands start in; beans that only make sense in one say so. */
public final class Environments {
    /** {@code ducky serve}: the Slack bot. */
    public static final String SERVE = "serve";
    /** {@code ducky console}: a channel in the terminal. */
    public static final String CONSOLE = "console";

    private Environments() {
    }
}
