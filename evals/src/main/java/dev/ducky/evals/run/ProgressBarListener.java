package dev.ducky.evals.run;

import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr (stdout stays clean for the summary), naming the scenario just finished. */
public final class ProgressBarListener implements RunListener {
    private ProgressBar bar;

    @Override
    public void started(int scenarios) {
        bar = new ProgressBarBuilder().setTaskName("Replaying").setInitialMax(scenarios)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(100).setMaxRenderedLength(100).build();
    }

    @Override
    public void scenarioDone(ScenarioResult result) {
        bar.setExtraMessage(result.scenario().id() + " " + result.status().name().toLowerCase(Locale.ROOT));
        bar.step();
    }

    @Override
    public void finished(SuiteResult result) {
        bar.close();
    }
}
