package dev.ducky.cli;

import dev.ducky.evals.slackexport.SlackExport;
import dev.ducky.evals.slackexport.SlackExportException;
import dev.ducky.evals.slackexport.SlackExportImporter;
import dev.ducky.redaction.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ducky import-slack EXPORT_DIR CHANNEL}: one channel of a Slack workspace export as a scenario
 * skeleton to complete, with secrets and personal data redacted as everywhere else in Ducky.
 */
@Command(name = "import-slack", mixinStandardHelpOptions = true,
        description = "Turn a channel of a Slack workspace export into a scenario skeleton for ducky eval.")
public class ImportSlackCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPORT_DIR", description = "The unzipped export (users.json, one folder per channel).")
    Path exportDir;

    @Parameters(index = "1", paramLabel = "CHANNEL", description = "The channel's name, e.g. inc-checkout-504.")
    String channel;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the skeleton here (default: stdout).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SlackExportImporter.Skeleton skeleton;
        try {
            skeleton = SlackExportImporter.importChannel(new SlackExport(exportDir), channel, new Redactor()::redact);
        } catch (SlackExportException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
        if (output == null) {
            spec.commandLine().getOut().print(skeleton.yaml());
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, skeleton.yaml());
        }
        spec.commandLine().getErr().printf("%d turns, %d of Ducky's messages as comments, %d skipped%s%n",
                skeleton.turns(), skeleton.duckyMessages(), skeleton.skipped(),
                output == null ? "" : ": " + output.toAbsolutePath());
        return 0;
    }
}
