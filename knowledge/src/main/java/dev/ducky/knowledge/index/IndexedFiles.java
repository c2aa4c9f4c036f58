package dev.ducky.knowledge.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;

/** What the index holds already: each indexed file's content hash, to skip unchanged files. */
final class IndexedFiles {
    private static final Set<String> KEY_AND_HASH = Set.of(SectionFields.FILE, SectionFields.HASH);

    private IndexedFiles() {
    }

    static Map<String, String> hashes(IndexWriter writer) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document fields = stored.document(doc, KEY_AND_HASH);
                        hashes.put(fields.get(SectionFields.FILE), fields.get(SectionFields.HASH));
                    }
                }
            }
        }
        return hashes;
    }

    /** Runbook sections in the index, the changes of the writer's run included. */
    static int sectionCount(IndexWriter writer) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(SectionFields.KIND, SectionFields.KIND_SECTION)));
        }
    }
}
