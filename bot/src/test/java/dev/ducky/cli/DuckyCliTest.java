package dev.ducky.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.Ducky;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DuckyCliTest {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Ducky());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void anUnknownSubcommandPrintsUsageAndExitsTwo() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString().contains("Usage: ducky"), err.toString());
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Missing subcommand"), err.toString());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] {"console", "serve", "index", "search"}) {
            assertEquals(0, run(sub, "--help"), sub);
            assertTrue(out.toString().contains("Usage: ducky " + sub), out.toString());
        }
    }

    @Test
    void indexingAMissingDirectoryNamesIt() throws Exception {
        Path index = Files.createTempDirectory("ducky-index");
        assertEquals(2, run("index", "/no/such/runbooks", "--index-dir", index.toString()));
    }
}
