package dev.ducky.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/** The terminal's lines, with a prompt when a person types them (not when they are piped in). */
final class ConsoleInput {
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean interactive;

    ConsoleInput(BufferedReader in, PrintStream out, boolean interactive) {
        this.in = in;
        this.out = out;
        this.interactive = interactive;
    }

    /** The next line, or null at the end of input. */
    String next(String prompt) throws IOException {
        if (interactive) {
            out.print(prompt);
            out.flush();
        }
        return in.readLine();
    }
}
