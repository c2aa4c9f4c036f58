package dev.ducky.knowledge.index;

import dev.ducky.knowledge.runbook.SectionRole;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

/** Reads what search results need from one index snapshot: a candidate's runbook file, a hit's stored fields. */
final class StoredHits {
    private final IndexSearcher searcher;
    private final Map<Integer, String> files = new HashMap<>();

    StoredHits(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * The file key of each of {@code docs}, from doc values, in one pass per segment: called for every candidate,
     * so it avoids opening doc values per document.
     */
    void loadFiles(Collection<Integer> docs) throws IOException {
        List<Integer> sorted = docs.stream().filter(doc -> !files.containsKey(doc)).sorted().distinct().toList();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        SortedDocValues values = null;
        int leafIndex = -1;
        for (int doc : sorted) {
            int index = ReaderUtil.subIndex(doc, leaves);
            if (index != leafIndex) {
                leafIndex = index;
                values = leaves.get(index).reader().getSortedDocValues(SectionFields.FILE);
            }
            int local = doc - leaves.get(index).docBase;
            files.put(doc, values != null && values.advanceExact(local)
                    ? values.lookupOrd(values.ordValue()).utf8ToString() : "");
        }
    }

    /** The file key of a document passed to {@link #loadFiles} before. */
    String fileOf(int doc) {
        return files.getOrDefault(doc, "");
    }

    SearchHit hit(int doc, double score, double confidence) throws IOException {
        Document fields = searcher.storedFields().document(doc);
        return new SearchHit(fields.get(SectionFields.PATH), fields.get(SectionFields.ANCHOR),
                fields.get(SectionFields.TITLE), fields.get(SectionFields.SECTION),
                Arrays.asList(fields.getValues(SectionFields.BREADCRUMB)), fields.get(SectionFields.TEXT), score,
                SectionRole.valueOf(fields.get(SectionFields.ROLE)),
                fields.getField(SectionFields.START_LINE).numericValue().intValue(),
                fields.getField(SectionFields.END_LINE).numericValue().intValue(),
                List.of(fields.getValues(SectionFields.SERVICE)), List.of(fields.getValues(SectionFields.ALERT)),
                List.of(fields.getValues(SectionFields.OWNER)), confidence);
    }
}
