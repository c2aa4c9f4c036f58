package dev.ducky.cli;

import dev.ducky.knowledge.index.IndexListener;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows indexing progress on stderr, so stdout stays clean for scripts. */
final class ProgressBarListener implements IndexListener, AutoCloseable {
    private ProgressBar bar;

    @Override
    public void started(int totalFiles) {
        bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(totalFiles)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                        System.err)).setUpdateIntervalMillis(100).build();
    }

    @Override
    public void fileDone(Path file) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
