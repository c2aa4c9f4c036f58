package dev.ducky.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.support.CliRun;
import dev.ducky.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code ducky eval} and {@code ducky import-slack} as a user runs them. */
class EvalCommandIT {
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void evalPrintsTheSummaryWritesTheReportsAndFailsOnAStaleQuarantine() throws Exception {
        Path reports = Files.createTempDirectory("eval-reports");
        assertEquals(1, run("eval", Fixtures.folder("eval/suite").toString(), "--report-dir", reports.toString()));
        assertTrue(cli.out().contains("2 scenarios: 1 passed, 0 failed expectations, 0 broke a rule, 1 errors"),
                cli.out());
        assertTrue(cli.out().contains("known violation NO_EXECUTION (line 4) no longer happens"), cli.out());
        assertTrue(cli.out().contains("| stuck: A bare \"I'm stuck\" gets a question | passed | 5/5 | 0 |"),
                cli.out());
        for (String report : new String[] {"summary.md", "report.html", "junit.xml"}) {
            assertTrue(Files.size(reports.resolve(report)) > 0, report);
        }
    }

    @Test
    void unreadableScenariosExitTwoWithFileAndLine() {
        assertEquals(2, run("eval", Fixtures.folder("eval/invalid").toString()));
        assertTrue(cli.err().contains("typo.yaml:5: unknown key 'mvoe' in expect"), cli.err());
    }

    @Test
    void importSlackWritesARedactedSkeleton() throws Exception {
        Path skeleton = Files.createTempDirectory("import").resolve("inc-login.yaml");
        assertEquals(0, run("import-slack", Fixtures.folder("slack-export-redaction").toString(), "inc-login",
                "-o", skeleton.toString()));
        String yaml = Files.readString(skeleton);
        assertTrue(yaml.contains("text: \"logins fail for"), yaml);
        assertFalse(yaml.contains("jane.doe@example.com") || yaml.contains("abc123secret"), yaml);
        assertTrue(cli.err().startsWith("1 turns, 0 of Ducky's messages as comments, 0 skipped"), cli.err());
        assertEquals(2, run("import-slack", Fixtures.folder("slack-export-redaction").toString(), "inc-nothing"));
    }
}
