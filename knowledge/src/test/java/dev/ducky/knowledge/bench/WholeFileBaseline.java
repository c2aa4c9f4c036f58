package dev.ducky.knowledge.bench;

import dev.ducky.knowledge.runbook.RunbookFormatException;
import dev.ducky.knowledge.runbook.RunbookParser;
import dev.ducky.knowledge.runbook.Section;
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
 * parameters, the question through the classic query parser (escaped, terms OR-ed). For a corpus scored by section
 * (one long playbook), each section of a file is a document instead, named {@code path#anchor}.
 */
final class WholeFileBaseline implements Closeable {
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final IndexSearcher searcher;

    WholeFileBaseline(Path root) throws IOException {
        this(root, false);
    }

    WholeFileBaseline(Path root, boolean bySection) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
             Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (bySection) {
                    for (Section section : sections(path, file)) {
                        writer.addDocument(document(section.id(), section.heading() + "\n" + section.text()));
                    }
                } else {
                    writer.addDocument(document(path, Files.readString(file)));
                }
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    private static List<Section> sections(String path, Path file) throws IOException {
        try {
            return new RunbookParser().parse(path, Files.readAllBytes(file)).sections();
        } catch (RunbookFormatException e) {
            return List.of(); // skipped like the indexer does
        }
    }

    private static Document document(String name, String body) {
        Document doc = new Document();
        doc.add(new StringField("path", name, Store.YES));
        doc.add(new TextField("body", body, Store.NO));
        return doc;
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
