package dev.ducky.retrieval;

import dev.ducky.config.KnowledgeSettings;
import dev.ducky.conversation.Citation;
import dev.ducky.knowledge.index.AlertRuleHit;
import dev.ducky.knowledge.index.IndexListener;
import dev.ducky.knowledge.index.IndexLockedException;
import dev.ducky.knowledge.index.IndexReport;
import dev.ducky.knowledge.index.OpsVocabulary;
import dev.ducky.knowledge.index.RunbookIndexer;
import dev.ducky.knowledge.index.RunbookSearcher;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.index.SearchRequest;
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
 * restart is cheap) and every {@code DUCKY_REINDEX_INTERVAL} if set, searched by section (hybrid: words and
 * meaning), cited by {@code path#anchor}.
 */
@Context
public class RunbookLibrary implements Runbooks, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunbookLibrary.class);

    private final KnowledgeSettings settings;
    private final RunbookIndexer indexer;
    private final List<Path> runbookDirs;
    private final RunbookSearcher searcher;
    private final PeriodicReindex periodic;

    public RunbookLibrary(KnowledgeSettings settings) {
        this.settings = settings;
        this.indexer = new RunbookIndexer(settings.indexDir()).maxFileBytes(settings.maxRunbookBytes());
        OpsVocabulary vocabulary = settings.searchVocabulary(); // a broken team file stops the start before indexing
        try {
            this.runbookDirs = runbookDirs();
            reindex();
            this.searcher = RunbookSearcher.open(settings.indexDir()).vocabulary(vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index runbooks into " + settings.indexDir(), e);
        }
        this.periodic = settings.reindexesPeriodically()
                ? PeriodicReindex.every(settings.reindexInterval(), this::reindexAndRefresh) : null;
    }

    /** The configured runbook directories, or the bundled samples when none are configured. */
    private List<Path> runbookDirs() throws IOException {
        List<Path> dirs = settings.runbookDirs();
        return dirs.isEmpty() ? List.of(SampleRunbooks.extractTo(settings.dataDir().resolve("samples"))) : dirs;
    }

    private void reindex() throws IOException {
        try {
            IndexReport report = indexer.index(runbookDirs, IndexListener.NONE);
            LOG.info("Runbooks indexed: {} files, {} sections, {} alert rules, {} skipped, {} embedded, in {} ms{}",
                    report.files(), report.sections(), report.alertRules(), report.skipped().size(),
                    report.embedded(), report.took().toMillis(),
                    report.rebuiltBecause().isEmpty() ? "" : " (rebuilt: " + report.rebuiltBecause() + ")");
            report.skipped().forEach(skipped -> LOG.warn("Runbook skipped: {}", skipped));
        } catch (IndexLockedException e) {
            // Another process (a `ducky index --watch`, another replica on a shared disk) is writing it: use theirs.
            LOG.warn("{}; searching the index as it is", e.getMessage());
        }
    }

    private void reindexAndRefresh() throws IOException {
        reindex();
        searcher.refresh();
    }

    /** The runbook directories indexed (the extracted samples when none are configured). */
    public List<Path> dirs() {
        return runbookDirs;
    }

    /** Whether the runbooks are the bundled samples rather than the team's own. */
    public boolean samples() {
        return settings.runbookDirs().isEmpty();
    }

    @Override
    public List<SearchHit> search(String question, int k) {
        return search(SearchRequest.of(question, k));
    }

    /** A search with filters (service, alert, role) or another mode. */
    public List<SearchHit> search(SearchRequest request) {
        try {
            return searcher.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException("runbook search failed", e);
        }
    }

    @Override
    public List<SearchHit> sectionsOf(String path) {
        try {
            return searcher.sectionsOf(path);
        } catch (IOException e) {
            throw new UncheckedIOException("runbook lookup failed", e);
        }
    }

    /** The rules of a firing alert, each with the runbook section it links to. */
    public List<AlertRuleHit> alertRules(String alertName) {
        try {
            return searcher.alertRules(alertName);
        } catch (IOException e) {
            throw new UncheckedIOException("alert rule lookup failed", e);
        }
    }

    /** Alert rules whose name or description match a question: PromQL examples to demonstrate. */
    public List<AlertRuleHit> searchAlertRules(String question, int k) {
        try {
            return searcher.searchAlertRules(question, k);
        } catch (IOException e) {
            throw new UncheckedIOException("alert rule search failed", e);
        }
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
        if (periodic != null) {
            periodic.close();
        }
        searcher.close();
    }
}
