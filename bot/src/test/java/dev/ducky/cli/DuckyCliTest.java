package dev.ducky.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DuckyCliTest {
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void anUnknownSubcommandPrintsUsageAndExitsTwo() {
        assertEquals(2, run("frobnicate"));
        assertTrue(cli.err().contains("Usage: ducky"), cli.err());
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertEquals(2, run());
        assertTrue(cli.err().contains("Missing subcommand"), cli.err());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] {"console", "serve", "index", "search"}) {
            assertEquals(0, run(sub, "--help"), sub);
            assertTrue(cli.out().contains("Usage: ducky " + sub), cli.out());
        }
    }

    @Test
    void indexingAMissingDirectoryNamesIt() throws Exception {
        Path index = Files.createTempDirectory("ducky-index");
        assertEquals(2, run("index", "/no/such/runbooks", "--index-dir", index.toString()));
    }
}
