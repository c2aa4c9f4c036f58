package dev.ducky.cli;

import dev.ducky.config.Environments;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.Micronaut;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code ducky serve}: the Slack bot, over Socket Mode when SLACK_APP_TOKEN is set, else HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the Slack bot: Socket Mode if SLACK_APP_TOKEN is set, else HTTP POST /slack/events.")
public class ServeCommand implements Callable<Integer> {
    /** Exit code that tells main to leave the JVM to the running server. */
    public static final int KEEP_RUNNING = -1;

    /**
     * The top command, {@code ducky}, whose class is the application's main class: Micronaut takes the
     * application's package from it. Injected by picocli rather than imported, because the main class lists
     * the subcommands and so sits above this package.
     */
    @ParentCommand
    private Object ducky;

    @Override
    public Integer call() {
        if (blank("SLACK_APP_TOKEN") && blank("SLACK_SIGNING_SECRET")) {
            System.err.println("error: HTTP mode needs SLACK_SIGNING_SECRET to verify Slack's requests;"
                    + " set it, or set SLACK_APP_TOKEN for Socket Mode (see README: Connecting to Slack).");
            return 2;
        }
        try {
            Micronaut.build(new String[0]).mainClass(ducky.getClass()).environments(Environments.SERVE).start();
            return KEEP_RUNNING;
        } catch (BeanInstantiationException e) {
            ConfigurationException config = configurationCause(e);
            if (config == null) {
                throw e;
            }
            System.err.println("error: " + config.getMessage());
            return 2;
        }
    }

    private static boolean blank(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank();
    }

    private static ConfigurationException configurationCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationException config) {
                return config;
            }
        }
        return null;
    }
}
