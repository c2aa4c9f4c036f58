package dev.ducky.knowledge.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What a wiki search gives: each Markdown file as one document, Lucene's StandardAnalyzer, BM25 with default
 * parameters, the question through the classic query parser (escaped, terms OR-ed).
 */
final class WholeFileBaseline implements Closeable {
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final IndexSearcher searcher;

    WholeFileBaseline(Path root) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
             Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Document doc = new Document();
                doc.add(new StringField("path", root.relativize(file).toString().replace('\\', '/'), Store.YES));
                doc.add(new TextField("body", Files.readString(file), Store.NO));
                writer.addDocument(doc);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    List<String> search(String question, int k) throws IOException {
        try {
            List<String> paths = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(new QueryParser("body", analyzer)
                    .parse(QueryParser.escape(question)), k).scoreDocs) {
                paths.add(searcher.storedFields().document(hit.doc).get("path"));
            }
            return paths;
        } catch (ParseException e) {
            throw new IOException("escaped text cannot fail to parse: " + question, e);
        }
    }

    @Override
    public void close() throws IOException {
        searcher.getIndexReader().close();
        directory.close();
        analyzer.close();
    }
}
