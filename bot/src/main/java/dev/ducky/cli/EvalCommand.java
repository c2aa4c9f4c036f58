package dev.ducky.cli;

import dev.ducky.evals.report.MarkdownReport;
import dev.ducky.evals.report.Reports;
import dev.ducky.evals.run.ProgressBarListener;
import dev.ducky.evals.run.SuiteResult;
import dev.ducky.evals.run.SuiteRunner;
import dev.ducky.evals.scenario.BundledSuite;
import dev.ducky.evals.scenario.InvalidScenariosException;
import dev.ducky.evals.scenario.Scenario;
import dev.ducky.evals.scenario.ScenarioLoader;
import dev.ducky.replay.InProcessReplayTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ducky eval [DIR...]}: replays scenarios through Ducky in-process and offline (its own temporary
 * database and index), prints the Markdown summary, and exits 1 when a rule was broken.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Replay incidents through Ducky and score how it teaches (default: the bundled suite). "
                + "Exit 0: no rule broken; 1: a rule broken or a replay failed; 2: unreadable scenarios.")
public class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "DIR", description = "Scenario directories or files (*.yaml).")
    List<Path> dirs;

    @Option(names = "--report-dir", paramLabel = "D", description = "Also write summary.md, report.html and junit.xml here.")
    Path reportDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path work = Files.createTempDirectory("ducky-eval");
        try {
            List<Scenario> scenarios;
            try {
                scenarios = ScenarioLoader.loadAll(dirs == null || dirs.isEmpty()
                        ? List.of(BundledSuite.extractTo(work.resolve("suite"))) : dirs);
            } catch (InvalidScenariosException | UncheckedIOException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return 2;
            }
            SuiteResult result;
            try (InProcessReplayTarget ducky = new InProcessReplayTarget(work.resolve("replay"))) {
                result = new SuiteRunner(ducky, "in-process, offline", Optional.empty(), new ProgressBarListener())
                        .run(scenarios);
            }
            spec.commandLine().getOut().print(MarkdownReport.render(result));
            spec.commandLine().getOut().flush();
            if (reportDir != null) {
                Reports.writeAll(result, reportDir);
                spec.commandLine().getErr().println("Reports written to " + reportDir.toAbsolutePath());
            }
            return result.failed() ? 1 : 0;
        } finally {
            TempFiles.delete(work);
        }
    }
}
