package dev.ducky.knowledge.index;

import java.nio.file.Path;

/**
 * A runbook file found under a runbook directory.
 *
 * @param root the runbook directory it was found in, absolute
 * @param file the file, absolute
 * @param path the file relative to {@code root}, '/' separators: what citations show
 */
record RunbookFile(Path root, Path file, String path) {
    static RunbookFile of(Path root, Path file) {
        return new RunbookFile(root, file, root.relativize(file).toString().replace(file.getFileSystem()
                .getSeparator(), "/"));
    }

    /** The index key: the absolute file, unique even when two directories hold the same relative path. */
    String key() {
        return file.toString();
    }

    /** The file name without extension; runbooks are often named after their alert. */
    String stem() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A YAML file: read as Prometheus alerting rules rather than as a Markdown runbook. */
    boolean isRuleFile() {
        String name = path.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
