package dev.ducky.query.translate.recipes;

import dev.ducky.query.QueryLanguage;
import dev.ducky.query.catalog.MetricInfo;
import dev.ducky.query.translate.Attempt;
import dev.ducky.query.translate.Draft;
import dev.ducky.query.translate.Kitchen;
import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Recipe;
import dev.ducky.query.translate.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Which disks are nearly full?": free over total space (or inodes, or a persistent volume's bytes); "how busy
 * are the disks?": the share of time each device was doing IO; "how slow are reads?": seconds per read.
 */
public final class DiskRecipe implements Recipe {
    private static final String IO = "\\b(io|i/o|iops|busy|utili[sz]ation|utili[sz]ed|throughput)\\b";
    private static final String SATURATION = "\\b(space|full|fill\\w*|free|left|usage|used|use|utili[sz]\\w*|busy|"
            + "io|i/o|iops|capacity|room|available|how much|percent\\w*|inodes?|throughput|running out|run out|almost|"
            + "low|headroom|remaining)\\b|%";
    private static final String LATENCY = "\\b(latency|how long|slow|take|takes|wait)\\b";

    @Override
    public String intent() {
        return "disk-saturation";
    }

    @Override
    public int cue(Question q) {
        boolean storage = q.says("\\b(disks?|filesystems?|inodes?|storage|pvcs?|persistent ?volumes?|volumes?|"
                + "mountpoints?|partitions?)\\b");
        if (storage && q.says("\\b(reads?|writes?)\\b") && q.says(LATENCY)) {
            return 6;
        }
        if (q.says(Recipes.NOT_SATURATION)) {
            return 0;
        }
        return storage && q.says(SATURATION) || q.says("\\b(disk space|free space|out of space|space left)\\b") ? 4 : 0;
    }

    @Override
    public Optional<Attempt> write(Kitchen k) {
        if (k.q().says("\\b(reads?|writes?)\\b") && k.q().says(LATENCY)) {
            return latency(k, k.q().says("\\bwrites?\\b") ? "write" : "read");
        }
        if (k.q().says(IO) && !k.q().says("\\b(space|full|inodes?|left|free)\\b")) {
            return k.metric("node_disk_io_time_seconds_total").map(m -> busy(k, m));
        }
        StorageKind kind = StorageKind.of(k.q());
        Optional<MetricInfo> free = k.metric(kind.free);
        Optional<MetricInfo> total = k.metric(kind.total);
        if (free.isEmpty() || total.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = new ArrayList<>(kind.base());
        filters.addAll(k.filters(free.get(), notes));
        String share = Selector.of(kind.free, filters) + "\n/\n" + Selector.of(kind.total, filters);
        boolean used = k.q().says("\\b(used|usage|full|fullness|consumed)\\b") && !k.q().says("\\b(free|left|available)\\b");
        String query = used ? "1 - (\n" + share + "\n)" : share;
        boolean which = k.q().says("\\b(which|any|anywhere|almost|nearly|running out|run out)\\b");
        if (which && kind.base().contains(StorageKind.REAL_FILESYSTEMS) && k.metric("node_filesystem_readonly").isPresent()) {
            query = "(\n" + query + "\n)\nand on (instance, device, mountpoint)\n" + Selector.of("node_filesystem_readonly",
                    kind.base()) + " == 0";
        }
        List<String> lines = new ArrayList<>();
        lines.add("`" + kind.free + " / " + kind.total + "`: the share of " + kind.what + " left, 0 to 1"
                + (used ? "; `1 - …` turns it into the share used." : " (0.1 means 10% left)."));
        if (!kind.base().isEmpty()) {
            lines.add("`" + StorageKind.REAL_FILESYSTEMS + "`: leaves out in-memory and overlay filesystems.");
        }
        if (query.contains("node_filesystem_readonly")) {
            lines.add("`and on (…) node_filesystem_readonly == 0`: leaves out read-only filesystems, which never fill up.");
        }
        query = Recipes.percent(k.q(), query, lines);
        lines.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.PROMQL, query, intent(), lines));
    }

    private Attempt busy(Kitchen k, MetricInfo m) {
        List<String> notes = new ArrayList<>();
        String selector = Selector.of(m.name(), k.filters(m, notes));
        String query = Recipes.rate(selector, k.rateWindow());
        List<String> lines = new ArrayList<>();
        lines.add("`" + selector + "`: seconds each disk spent doing IO.");
        lines.add(Recipes.explainRate(k.rateWindow()) + " Seconds per second: the share of time the disk was busy (1 = always).");
        lines.addAll(notes);
        return new Draft(QueryLanguage.PROMQL, query, intent(), lines);
    }

    private Optional<Attempt> latency(Kitchen k, String op) {
        Optional<MetricInfo> time = k.metric("node_disk_" + op + "_time_seconds_total");
        Optional<MetricInfo> count = k.metric("node_disk_" + op + "s_completed_total");
        if (time.isEmpty() || count.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        List<Selector.Match> filters = k.filters(time.get(), notes);
        String query = Recipes.ratio(Recipes.rate(Selector.of(time.get().name(), filters), k.rateWindow()),
                Recipes.rate(Selector.of(count.get().name(), filters), k.rateWindow()));
        List<String> lines = new ArrayList<>();
        lines.add("`" + time.get().name() + "`: seconds spent on " + op + "s; `" + count.get().name() + "`: " + op
                + "s completed.");
        lines.add(Recipes.explainRate(k.rateWindow()) + " Their ratio is the average seconds per " + op + ".");
        lines.addAll(notes);
        return Optional.of(new Draft(QueryLanguage.PROMQL, query, intent(), lines));
    }
}
