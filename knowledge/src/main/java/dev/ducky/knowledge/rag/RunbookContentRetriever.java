package dev.ducky.knowledge.rag;

import dev.ducky.knowledge.index.RunbookSearcher;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.index.SearchRequest;
import dev.ducky.knowledge.index.SectionFilter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The runbook index as a LangChain4j {@link ContentRetriever}, for a RAG pipeline or an AI service: each content is
 * one runbook section (its breadcrumb line, then its text), with its citation and place in the metadata, so a
 * model's answer can cite {@code path#anchor}.
 */
public final class RunbookContentRetriever implements ContentRetriever {
    /** Metadata key: the citation, {@code path#anchor}. */
    public static final String CITATION = "citation";
    public static final String PATH = "path";
    public static final String ANCHOR = "anchor";
    public static final String TITLE = "title";
    public static final String SECTION = "section";
    public static final String ROLE = "role";
    public static final String START_LINE = "start_line";
    public static final String END_LINE = "end_line";

    private final RunbookSearcher searcher;
    private final int maxResults;
    private final SectionFilter filter;

    /**
     * @param searcher   an open searcher; the retriever does not close it
     * @param maxResults sections per query, 1 or more
     * @param filter     services, alerts or roles to keep to ({@link SectionFilter#NONE} for all)
     */
    public RunbookContentRetriever(RunbookSearcher searcher, int maxResults, SectionFilter filter) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be positive: " + maxResults);
        }
        this.searcher = Objects.requireNonNull(searcher, "searcher");
        this.maxResults = maxResults;
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    @Override
    public List<Content> retrieve(Query query) {
        try {
            return searcher.search(SearchRequest.of(query.text(), maxResults).withFilter(filter)).stream()
                    .map(RunbookContentRetriever::content).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("runbook search failed for a retrieval query", e);
        }
    }

    private static Content content(SearchHit hit) {
        Metadata metadata = new Metadata()
                .put(CITATION, hit.citation()).put(PATH, hit.path()).put(ANCHOR, hit.anchor())
                .put(TITLE, hit.title()).put(SECTION, hit.section()).put(ROLE, hit.role().name())
                .put(START_LINE, hit.startLine()).put(END_LINE, hit.endLine());
        TextSegment segment = TextSegment.from(String.join(" › ", hit.breadcrumb()) + "\n" + hit.text(), metadata);
        return Content.from(segment, Map.of(ContentMetadata.SCORE, hit.score()));
    }
}
