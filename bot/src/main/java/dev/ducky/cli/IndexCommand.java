package dev.ducky.cli;

import dev.ducky.knowledge.index.IndexListener;
import dev.ducky.knowledge.index.IndexLockedException;
import dev.ducky.knowledge.index.IndexReport;
import dev.ducky.knowledge.index.NoRunbooksFoundException;
import dev.ducky.knowledge.index.RunbookDirectoryMissingException;
import dev.ducky.knowledge.index.RunbookIndexer;
import dev.ducky.knowledge.index.SkippedFile;
import dev.ducky.retrieval.IndexProgressBar;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ducky index DIR...}: (re)index runbooks, incrementally; needs no application context. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "(Re)index runbook directories (Markdown runbooks and Prometheus rule files):"
                + " a progress bar, then files/sections/skipped/time.")
public class IndexCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Runbook directories (Markdown, rule files).")
    List<Path> dirs;

    @Option(names = "--index-dir", paramLabel = "D", description = "Index directory (default: $DUCKY_INDEX_DIR or data/index).")
    Path indexDir;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Skip files larger than this (default: $DUCKY_MAX_RUNBOOK_BYTES or 1 MiB).")
    Long maxBytes;

    @Option(names = "--watch", description = "Keep running and reindex when the runbooks change.")
    boolean watch;

    @Option(names = "--watch-interval", paramLabel = "SECONDS", defaultValue = "2",
            description = "How often --watch looks for changes (default: ${DEFAULT-VALUE}).")
    int watchSeconds;

    @Override
    public Integer call() throws Exception {
        RunbookIndexer indexer = new RunbookIndexer(Defaults.indexDir(indexDir)).maxFileBytes(maxBytes());
        try {
            IndexReport report;
            try (IndexProgressBar progress = new IndexProgressBar(System.err)) {
                report = indexer.index(dirs, progress);
            }
            print(report);
            while (watch) {
                Thread.sleep(watchSeconds * 1000L);
                IndexReport again = indexer.index(dirs, IndexListener.NONE);
                if (again.parsed() > 0 || again.deleted() > 0 || !again.skipped().equals(report.skipped())) {
                    print(again);
                }
                report = again;
            }
            return report.files() == 0 && !report.skipped().isEmpty() ? 1 : 0;
        } catch (RunbookDirectoryMissingException | NoRunbooksFoundException | IndexLockedException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private long maxBytes() {
        if (maxBytes != null) {
            return maxBytes;
        }
        String env = System.getenv("DUCKY_MAX_RUNBOOK_BYTES");
        return env == null || env.isBlank() ? RunbookIndexer.DEFAULT_MAX_FILE_BYTES : Long.parseLong(env.strip());
    }

    private static void print(IndexReport report) {
        System.out.printf("files=%d sections=%d alert-rules=%d skipped=%d time=%dms (changed=%d unchanged=%d"
                        + " deleted=%d embedded=%d cached=%d)%n", report.files(), report.sections(),
                report.alertRules(), report.skipped().size(), report.took().toMillis(), report.parsed(),
                report.unchanged(), report.deleted(), report.embedded(), report.cached());
        if (!report.rebuiltBecause().isEmpty()) {
            System.out.println("rebuilt the whole index: " + report.rebuiltBecause());
        }
        for (SkippedFile skipped : report.skipped()) {
            System.out.println("skipped " + skipped);
        }
    }
}
