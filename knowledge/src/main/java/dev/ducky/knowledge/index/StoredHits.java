package dev.ducky.knowledge.index;

import dev.ducky.knowledge.runbook.SectionRole;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
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

    /** The file key of {@code doc}, from doc values: cheap enough for every candidate. */
    String fileOf(int doc) {
        return files.computeIfAbsent(doc, d -> {
            IndexReader reader = searcher.getIndexReader();
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(d, reader.leaves()));
            try {
                SortedDocValues values = leaf.reader().getSortedDocValues(SectionFields.FILE);
                return values != null && values.advanceExact(d - leaf.docBase)
                        ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    SearchHit hit(int doc, double score) throws IOException {
        Document fields = searcher.storedFields().document(doc);
        return new SearchHit(fields.get(SectionFields.PATH), fields.get(SectionFields.ANCHOR),
                fields.get(SectionFields.TITLE), fields.get(SectionFields.SECTION),
                Arrays.asList(fields.getValues(SectionFields.BREADCRUMB)), fields.get(SectionFields.TEXT), score,
                SectionRole.valueOf(fields.get(SectionFields.ROLE)),
                fields.getField(SectionFields.START_LINE).numericValue().intValue(),
                fields.getField(SectionFields.END_LINE).numericValue().intValue(),
                List.of(fields.getValues(SectionFields.SERVICE)), List.of(fields.getValues(SectionFields.ALERT)),
                List.of(fields.getValues(SectionFields.OWNER)));
    }
}
