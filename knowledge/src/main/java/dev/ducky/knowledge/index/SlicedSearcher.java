package dev.ducky.knowledge.index;

import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * An index searcher that spreads one search over all cores once the index is large: Lucene's default slices
 * group up to 250,000 documents, so a 100,000-section index would be searched by one thread. Small indexes stay
 * one slice, where a thread hand-off costs more than it saves.
 */
final class SlicedSearcher extends IndexSearcher {
    private static final int MIN_DOCS_PER_SLICE = 20_000;

    SlicedSearcher(IndexReader reader, Executor executor) {
        super(reader, executor);
        setSimilarity(SectionFields.SIMILARITY);
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        int docs = leaves.stream().mapToInt(leaf -> leaf.reader().maxDoc()).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        int perSlice = Math.max(MIN_DOCS_PER_SLICE, docs / cores + 1);
        return slices(leaves, perSlice, Integer.MAX_VALUE);
    }
}
