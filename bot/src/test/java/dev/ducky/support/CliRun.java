package dev.ducky.support;

import dev.ducky.Ducky;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code ducky} command line in-process, keeping what it printed. */
public final class CliRun {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    public int run(String... args) {
        CommandLine cli = Ducky.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
