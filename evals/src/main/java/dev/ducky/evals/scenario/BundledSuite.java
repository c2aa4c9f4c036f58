package dev.ducky.evals.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The scenarios shipped with Ducky, inside the jar. They are copied to a directory before loading, because
 * their knowledge folders are read as files; {@code index.txt} lists them, since a jar cannot be listed.
 */
public final class BundledSuite {
    static final String ROOT = "/dev/ducky/evals/suite/";

    private BundledSuite() {
    }

    /** The files of the suite, relative to its root. */
    public static List<String> files() {
        return read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Copies the suite into {@code dir} and returns it, ready for {@link ScenarioLoader#loadAll}. */
    public static Path extractTo(Path dir) {
        try {
            for (String file : files()) {
                Path target = dir.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = open(file)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the bundled suite into " + dir, e);
        }
    }

    private static String read(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = BundledSuite.class.getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IllegalStateException("the bundled suite lists " + file + " but the jar lacks it");
        }
        return in;
    }
}
