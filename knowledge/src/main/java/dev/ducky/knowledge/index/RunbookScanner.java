package dev.ducky.knowledge.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds the Markdown runbooks and Prometheus rule files under runbook directories. */
final class RunbookScanner {
    private RunbookScanner() {
    }

    /** Throws {@link RunbookDirectoryMissingException} for the first directory that is not one. */
    static List<Path> checkDirectories(List<Path> dirs) {
        Set<Path> roots = new LinkedHashSet<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new RunbookDirectoryMissingException(dir);
            }
            roots.add(dir.toAbsolutePath().normalize());
        }
        return List.copyOf(roots);
    }

    /**
     * Every {@code *.md}, {@code *.markdown}, {@code *.yml} and {@code *.yaml} file under the roots, sorted, skipping hidden files and
     * directories ({@code .git}…). A file under two given roots (nested) is taken from the first.
     */
    static List<RunbookFile> scan(List<Path> roots) throws IOException {
        List<RunbookFile> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            List<RunbookFile> inRoot = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && isIndexable(file) && seen.add(file)) {
                        inRoot.add(RunbookFile.of(root, file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            inRoot.sort(Comparator.comparing(RunbookFile::path));
            found.addAll(inRoot);
        }
        return found;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    private static boolean isIndexable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
