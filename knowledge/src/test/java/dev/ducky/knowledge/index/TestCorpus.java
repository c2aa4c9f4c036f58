package dev.ducky.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test fixtures: runbook folders under src/test/resources, copied so tests can change them. */
final class TestCorpus {
    private TestCorpus() {
    }

    /** The fixture folder or file {@code resource} on disk (test resources are plain files). */
    static Path resource(String resource) {
        URL url = TestCorpus.class.getResource("/" + resource);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the fixture folder {@code resource} into {@code target} (created) and returns {@code target}. */
    static Path copy(String resource, Path target) throws IOException {
        Path source = resource(resource);
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                try {
                    Path to = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }
}
