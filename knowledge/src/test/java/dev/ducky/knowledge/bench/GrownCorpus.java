package dev.ducky.knowledge.bench;

import dev.ducky.knowledge.runbook.RunbookFormatException;
import dev.ducky.knowledge.runbook.RunbookParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Corpora of a given size in sections: the shared corpora file by file, then replicas of them in new folders. */
final class GrownCorpus {
    private GrownCorpus() {
    }

    static int corpusCount(Path corpora) throws IOException {
        try (Stream<Path> dirs = Files.list(corpora)) {
            return (int) dirs.filter(Files::isDirectory).count();
        }
    }

    /** All corpora as they are. */
    static Path allCorpora(Path corpora, Path dir) throws IOException {
        return grow(corpora, dir, Integer.MAX_VALUE / 2, false);
    }

    /** At least {@code sections} sections (as the parser counts them), replicating the corpora as needed. */
    static Path grow(Path corpora, Path dir, int sections) throws IOException {
        return grow(corpora, dir, sections, true);
    }

    private static Path grow(Path corpora, Path dir, int target, boolean replicate) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpora)) {
            files = walk.filter(Files::isRegularFile).filter(GrownCorpus::indexable).sorted().toList();
        }
        RunbookParser parser = new RunbookParser();
        int[] counts = new int[files.size()];
        for (int i = 0; i < files.size(); i++) {
            counts[i] = sections(parser, corpora, files.get(i));
        }
        int total = 0;
        for (int copy = 0; total < target; copy++) {
            for (int i = 0; i < files.size() && total < target; i++) {
                if (copy > 0 && counts[i] == 0) {
                    continue; // rule files and unparsable files once only
                }
                Path to = dir.resolve("copy-" + copy).resolve(corpora.relativize(files.get(i)).toString());
                Files.createDirectories(to.getParent());
                Files.copy(files.get(i), to);
                total += counts[i];
            }
            if (!replicate) {
                break;
            }
        }
        return dir;
    }

    private static int sections(RunbookParser parser, Path corpora, Path file) throws IOException {
        if (!file.toString().endsWith(".md")) {
            return 0;
        }
        try {
            return parser.parse(corpora.relativize(file).toString(), Files.readAllBytes(file)).sections().size();
        } catch (RunbookFormatException e) {
            return 0;
        }
    }

    private static boolean indexable(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".md") || name.endsWith(".yml") || name.endsWith(".yaml"));
    }
}
