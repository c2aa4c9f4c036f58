package dev.ducky.cli;

import dev.ducky.knowledge.index.IndexReport;
import dev.ducky.knowledge.index.RunbookDirectoryMissingException;
import dev.ducky.knowledge.index.RunbookIndexer;
import dev.ducky.knowledge.index.SkippedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ducky index DIR...}: (re)index runbooks, incrementally; needs no application context. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "(Re)index runbook directories: a progress bar, then files/sections/skipped/time.")
public class IndexCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Runbook directories (Markdown).")
    List<Path> dirs;

    @Option(names = "--index-dir", paramLabel = "D", description = "Index directory (default: $DUCKY_INDEX_DIR or data/index).")
    Path indexDir;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Skip files larger than this (default: 1 MiB).")
    long maxBytes = 1 << 20;

    @Option(names = "--watch", description = "Keep running and reindex when the runbooks change.")
    boolean watch;

    @Override
    public Integer call() throws Exception {
        RunbookIndexer indexer = new RunbookIndexer(Defaults.indexDir(indexDir)).maxFileBytes(maxBytes);
        try {
            IndexReport report;
            try (ProgressBarListener progress = new ProgressBarListener()) {
                report = indexer.index(dirs, progress);
            }
            print(report);
            while (watch) {
                Thread.sleep(2000);
                IndexReport again = indexer.index(dirs, new dev.ducky.knowledge.index.IndexListener() { });
                if (!again.equals(report)) {
                    print(again);
                }
                report = again;
            }
            return report.files() == 0 && !report.skipped().isEmpty() ? 1 : 0;
        } catch (RunbookDirectoryMissingException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static void print(IndexReport report) {
        System.out.printf("files=%d sections=%d skipped=%d time=%dms%n", report.files(), report.sections(),
                report.skipped().size(), report.took().toMillis());
        for (SkippedFile skipped : report.skipped()) {
            System.out.println("skipped " + skipped);
        }
    }
}
