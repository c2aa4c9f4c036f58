package dev.ducky.knowledge.runbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The sample runbooks bundled in the jar: the embedded default knowledge. A jar cannot list a directory
 * portably, so the samples are named in {@code index.txt} beside them, one relative path a line.
 */
public final class SampleRunbooks {
    static final String RESOURCE_BASE = "dev/ducky/knowledge/samples/";
    static final String INDEX = "index.txt";

    private SampleRunbooks() {
    }

    /**
     * Copies the bundled samples into {@code dir} (created if needed) and returns it. Files that already hold the
     * same content are left alone, so an index built from {@code dir} stays incremental.
     */
    public static Path extractTo(Path dir) throws IOException {
        return extractTo(dir, RESOURCE_BASE);
    }

    static Path extractTo(Path dir, String resourceBase) throws IOException {
        for (String name : listed(resourceBase)) {
            Path target = dir.resolve(name).normalize();
            if (!target.startsWith(dir.normalize())) {
                throw new IOException(resourceBase + INDEX + " names a file outside the samples: " + name);
            }
            byte[] content = read(resourceBase + name);
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), content)) {
                Files.createDirectories(target.getParent());
                Files.write(target, content);
            }
        }
        return Files.createDirectories(dir);
    }

    static List<String> listed(String resourceBase) throws IOException {
        return parseIndex(new String(read(resourceBase + INDEX), StandardCharsets.UTF_8));
    }

    /** The relative paths an {@code index.txt} lists; blank lines and {@code #} comments are ignored. */
    static List<String> parseIndex(String index) {
        return index.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = SampleRunbooks.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("sample runbook resource missing from the jar: " + resource);
            }
            return in.readAllBytes();
        }
    }
}
