package dev.ducky.knowledge.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the runbook index with BM25 over section text, headings, breadcrumbs, titles and alert/service names.
 * Cheap to keep open and thread-safe: one reader shared by all searches, swapped by {@link #refresh()}.
 */
public final class RunbookSearcher implements Closeable {
    private static final int MAX_SECTIONS_PER_RUNBOOK = 1000;
    private static final SearcherFactory SEARCHER_FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(SectionFields.SIMILARITY);
            return searcher;
        }
    };
    private final Directory directory;
    // SearcherManager reopens with DirectoryReader.openIfChanged and closes an old reader only once no search uses it.
    private final SearcherManager searchers;
    private final Analyzer analyzer = new OpsAnalyzer();

    private RunbookSearcher(Directory directory, SearcherManager searchers) {
        this.directory = directory;
        this.searchers = searchers;
    }

    /** Opens the index in {@code indexDir}; a {@link RunbookIndexMissingException} if nothing was indexed there. */
    public static RunbookSearcher open(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) { // checked first: FSDirectory.open would create the directory
            throw new RunbookIndexMissingException(indexDir);
        }
        Directory directory = FSDirectory.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new RunbookIndexMissingException(indexDir);
            }
            return new RunbookSearcher(directory, new SearcherManager(directory, SEARCHER_FACTORY));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The {@code k} sections that best answer {@code question}, best first; empty for a blank question. */
    public List<SearchHit> search(String question, int k) throws IOException {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        Optional<Query> query = question == null ? Optional.empty() : QuestionQuery.of(analyzer, question);
        if (query.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : searcher.search(query.get(), k).scoreDocs) {
                hits.add(hit(stored.document(scoreDoc.doc), scoreDoc.score));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Every section of one runbook (by its indexed path), in file order; empty if the path is not indexed. */
    public List<SearchHit> sectionsOf(String path) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            StoredFields stored = searcher.storedFields();
            List<SearchHit> sections = new ArrayList<>();
            for (ScoreDoc scoreDoc : searcher.search(new TermQuery(new Term(SectionFields.PATH, path)),
                    MAX_SECTIONS_PER_RUNBOOK).scoreDocs) {
                sections.add(hit(stored.document(scoreDoc.doc), 0));
            }
            sections.sort(Comparator.comparingInt(hit -> hit.meta().startLine()));
            return sections;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Picks up a newer commit of the index, if any; returns whether it did. Safe while searches run. */
    public boolean refresh() throws IOException {
        IndexSearcher before = searchers.acquire();
        searchers.release(before);
        searchers.maybeRefreshBlocking();
        IndexSearcher after = searchers.acquire();
        searchers.release(after);
        return after != before;
    }

    private static SearchHit hit(Document doc, float score) {
        SearchHit.Meta meta = new SearchHit.Meta(doc.get(SectionFields.ROLE),
                doc.getField(SectionFields.START_LINE).numericValue().intValue(),
                Arrays.asList(doc.getValues(SectionFields.SERVICE)), Arrays.asList(doc.getValues(SectionFields.ALERT)),
                Arrays.asList(doc.getValues(SectionFields.OWNER)));
        return new SearchHit(doc.get(SectionFields.PATH), doc.get(SectionFields.ANCHOR), doc.get(SectionFields.TITLE),
                doc.get(SectionFields.SECTION), Arrays.asList(doc.getValues(SectionFields.BREADCRUMB)),
                doc.get(SectionFields.TEXT), score, meta);
    }

    @Override
    public void close() throws IOException {
        try (directory; analyzer) {
            searchers.close();
        }
    }
}
