package dev.ducky.retrieval;

import dev.ducky.config.KnowledgeSettings;
import dev.ducky.copilot.Citation;
import dev.ducky.knowledge.index.IndexListener;
import dev.ducky.knowledge.index.IndexReport;
import dev.ducky.knowledge.index.RunbookIndexer;
import dev.ducky.knowledge.index.RunbookSearcher;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.runbook.SampleRunbooks;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team's runbooks as the copilot sees them: indexed when the application starts (incrementally, so a
 * restart is cheap), searched by section, cited by {@code path#anchor}.
 */
@Context
public class RunbookLibrary implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunbookLibrary.class);

    private final KnowledgeSettings settings;
    private final RunbookSearcher searcher;

    public RunbookLibrary(KnowledgeSettings settings) {
        this.settings = settings;
        try {
            IndexReport report = new RunbookIndexer(settings.indexDir())
                    .maxFileBytes(settings.maxRunbookBytes())
                    .index(runbookDirs(), IndexListener.NONE);
            LOG.info("Runbooks indexed: {} files, {} sections, {} skipped in {} ms",
                    report.files(), report.sections(), report.skipped().size(), report.took().toMillis());
            report.skipped().forEach(skipped -> LOG.warn("Runbook skipped: {}", skipped));
            this.searcher = RunbookSearcher.open(settings.indexDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index runbooks into " + settings.indexDir(), e);
        }
    }

    /** The configured runbook directories, or the bundled samples when none are configured. */
    private List<Path> runbookDirs() throws IOException {
        List<Path> dirs = settings.runbookDirs();
        return dirs.isEmpty() ? List.of(SampleRunbooks.extractTo(settings.dataDir().resolve("samples"))) : dirs;
    }

    public List<SearchHit> search(String question, int k) {
        try {
            return searcher.search(question, k);
        } catch (IOException e) {
            throw new UncheckedIOException("runbook search failed", e);
        }
    }

    /** Every section of one runbook, in file order. */
    public List<SearchHit> sectionsOf(String path) {
        try {
            return searcher.sectionsOf(path);
        } catch (IOException e) {
            throw new UncheckedIOException("runbook lookup failed", e);
        }
    }

    /** The first section of a runbook with the given role (e.g. MITIGATION), if it has one. */
    public java.util.Optional<SearchHit> section(String path, String role) {
        return sectionsOf(path).stream().filter(hit -> hit.meta().role().equals(role)).findFirst();
    }

    /** Whether a hit comes from the incident-process guide rather than a service runbook. */
    public static boolean isProcessGuide(SearchHit hit) {
        return (hit.path() + " " + hit.title()).toLowerCase(java.util.Locale.ROOT)
                .matches(".*\\b(incident[- ]?(process|response|management)|process guide|on-?call process)\\b.*");
    }

    public Citation citationFor(SearchHit hit) {
        String label = String.join(" › ", hit.breadcrumb().isEmpty() ? List.of(hit.title(), hit.section())
                : hit.breadcrumb());
        String url = settings.hasBaseUrl()
                ? stripSlash(settings.runbookBaseUrl()) + "/" + hit.path() + "#" + hit.anchor()
                : null;
        return new Citation(hit.citation(), label, url);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @PreDestroy
    @Override
    public void close() throws IOException {
        searcher.close();
    }
}
