package dev.ducky.retrieval;

import dev.ducky.knowledge.index.IndexListener;
import java.io.PrintStream;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Indexing progress on a terminal: files done of all files, sections embedded so far, elapsed time and ETA. Drawn
 * on stderr, so stdout stays clean for scripts.
 */
public final class IndexProgressBar implements IndexListener, AutoCloseable {
    private final PrintStream out;
    private ProgressBar bar;
    private long sections;

    public IndexProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void started(int totalFiles) {
        bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(totalFiles).setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(out))
                .setUpdateIntervalMillis(200).showSpeed().build(); // the bar's default rendering ends with the ETA
        bar.setExtraMessage(" 0 sections");
    }

    @Override
    public void fileDone(Path file) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void sectionsIndexed(int count) {
        sections += count;
        if (bar != null) {
            bar.setExtraMessage(" " + sections + " sections");
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
