package dev.ducky;

import dev.ducky.cli.ConsoleCommand;
import dev.ducky.cli.EvalCommand;
import dev.ducky.cli.ImportSlackCommand;
import dev.ducky.cli.InboxCommand;
import dev.ducky.cli.IndexCommand;
import dev.ducky.cli.ParseCommand;
import dev.ducky.cli.SearchCommand;
import dev.ducky.cli.ServeCommand;
import dev.ducky.cli.TranslateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code ducky} command: every subcommand of the runnable jar. */
@Command(name = "ducky", mixinStandardHelpOptions = true, version = "ducky 0.1.0",
        description = "A Socratic incident copilot for Slack.",
        subcommands = {ConsoleCommand.class, ServeCommand.class, IndexCommand.class, SearchCommand.class,
                ParseCommand.class, TranslateCommand.class, EvalCommand.class, ImportSlackCommand.class,
                InboxCommand.class})
public final class Ducky implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** The command line with Ducky's error handling: a wrong argument prints the message, then the usage. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Ducky());
        cli.setParameterExceptionHandler((error, args) -> {
            CommandLine failed = error.getCommandLine();
            failed.getErr().println(error.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(error, failed.getErr());
            failed.usage(failed.getErr());
            return CommandLine.ExitCode.USAGE;
        });
        return cli;
    }

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != ServeCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
