package dev.ducky.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ducky.config.KnowledgeSettings;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeriodicReindexTest {
    @TempDir
    Path temp;

    @Test
    void aRunbookAddedToTheCheckoutIsFoundAfterTheNextReindex() throws Exception {
        Path runbooks = Files.createDirectories(temp.resolve("runbooks"));
        try (Stream<Path> fixtures = Files.list(fixtures())) {
            for (Path fixture : fixtures.toList()) {
                Files.copy(fixture, runbooks.resolve(fixture.getFileName()));
            }
        }
        KnowledgeSettings settings = new KnowledgeSettings(runbooks.toString(), temp.resolve("index"), temp, null,
                1 << 20, Duration.ofMillis(200), null);
        try (RunbookLibrary library = new RunbookLibrary(settings)) {
            assertTrue(library.search("certificate renewal", 3).stream()
                    .noneMatch(hit -> hit.path().equals("tls.md")));
            Files.writeString(runbooks.resolve("tls.md"), "# TLS certificate expiry\n\n## Mitigation\n\n"
                    + "Renew the certificate with the issuer and reload the ingress.\n");
            String best = "";
            for (int i = 0; i < 100 && !best.equals("tls.md"); i++) { // the reindex runs every 200 ms
                Thread.sleep(100);
                best = library.search("certificate renewal", 1).get(0).path();
            }
            assertEquals("tls.md", best);
        }
    }

    @Test
    void noIntervalMeansIndexOnlyAtStart() {
        KnowledgeSettings settings = new KnowledgeSettings(null, temp.resolve("index"), temp, null, 1, null, null);
        assertEquals(Duration.ZERO, settings.reindexInterval());
        assertTrue(!settings.reindexesPeriodically());
    }

    private static Path fixtures() throws URISyntaxException {
        return Path.of(PeriodicReindexTest.class.getResource("/runbooks").toURI());
    }
}
