package dev.ducky.knowledge.index;

import dev.ducky.knowledge.embedding.TextEmbedder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the runbook index: BM25 over section text, headings, breadcrumbs, titles and alert/service names, kNN
 * over section embeddings, fused by rank (see {@link RankFusion}). Thread-safe and cheap to keep open: one reader
 * shared by all searches, swapped by {@link #refresh()}, so a search during a reindex sees one consistent commit.
 */
public final class RunbookSearcher implements Closeable {
    private static final int MAX_SECTIONS_PER_RUNBOOK = 1000;
    /** Candidates each search contributes to the fusion: enough for grouping to find other runbooks. */
    static final int CANDIDATES = 50;
    /** Keyword candidates found per candidate kept: the flat query's order differs a little from the scoring one. */
    private static final int RESCORED_POOL_FACTOR = 4;
    /** How many times the whole-runbook ranking counts among the runbook rankings. */
    static final int WHOLE_RUNBOOK_WEIGHT = 1;
    /** Whole-runbook matches given a section when no section search found them. */
    private static final int STAND_INS = 5;
    // Searches of a large index run over its segments on all cores (see SlicedSearcher).
    private static final ExecutorService SEGMENT_WORKERS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), task -> {
                Thread thread = new Thread(task, "ducky-search");
                thread.setDaemon(true);
                return thread;
            });
    private static final SearcherFactory SEARCHER_FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new SlicedSearcher(reader, SEGMENT_WORKERS);
        }
    };
    private final Directory directory;
    // SearcherManager reopens with DirectoryReader.openIfChanged and closes an old reader only once no search uses it.
    private final SearcherManager searchers;
    private final Analyzer analyzer = new OpsAnalyzer();
    private final Supplier<TextEmbedder> embedder;
    private volatile OpsVocabulary vocabulary = OpsVocabulary.bundled();

    private RunbookSearcher(Directory directory, SearcherManager searchers, Supplier<TextEmbedder> embedder) {
        this.directory = directory;
        this.searchers = searchers;
        this.embedder = embedder;
    }

    /** Opens the index in {@code indexDir}; questions are embedded by the JVM's shared model, loaded on first use. */
    public static RunbookSearcher open(Path indexDir) throws IOException {
        return open(indexDir, TextEmbedder::shared, TextEmbedder.sharedModelId());
    }

    /** Opens the index in {@code indexDir}, embedding questions with {@code embedder}. */
    public static RunbookSearcher open(Path indexDir, TextEmbedder embedder) throws IOException {
        return open(indexDir, () -> embedder, embedder.modelId());
    }

    private static RunbookSearcher open(Path indexDir, Supplier<TextEmbedder> embedder, String modelId)
            throws IOException {
        if (!Files.isDirectory(indexDir)) { // checked first: FSDirectory.open would create the directory
            throw new RunbookIndexMissingException(indexDir);
        }
        Directory directory = FSDirectory.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new RunbookIndexMissingException(indexDir);
            }
            Optional<String> mismatch = IndexSchema.mismatch(directory, modelId);
            if (mismatch.isPresent()) {
                throw new IndexOutdatedException(indexDir, mismatch.get());
            }
            return new RunbookSearcher(directory, new SearcherManager(directory, SEARCHER_FACTORY), embedder);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Searches with {@code words} added to questions from now on (default: the {@link OpsVocabulary#bundled()} one). */
    public RunbookSearcher vocabulary(OpsVocabulary words) {
        this.vocabulary = Objects.requireNonNull(words, "words");
        return this;
    }

    /** The {@code k} sections that best answer {@code question} (hybrid, grouped), best first; empty for a blank one. */
    public List<SearchHit> search(String question, int k) throws IOException {
        return search(SearchRequest.of(question == null ? "" : question, k));
    }

    /** The sections that best answer the request, best first. */
    public List<SearchHit> search(SearchRequest request) throws IOException {
        // A question without a searchable word ("???", "the of") asks nothing; a vector would still find "something".
        if (QuestionQuery.terms(analyzer, request.question()).isEmpty()) {
            return List.of();
        }
        String searched = vocabulary.expand(request.question());
        IndexSearcher searcher = searchers.acquire();
        try {
            Optional<Query> filter = request.filter().toQuery(alert -> AlertLookup.runbookStems(searcher, alert));
            List<ScoreDoc> keyword = request.mode() == SearchMode.VECTOR ? List.of()
                    : keywordSearch(searcher, searched, filter, CANDIDATES);
            float[] queryVector = request.mode() == SearchMode.KEYWORD ? null
                    : request.queryVector() != null ? request.queryVector() : embedder.get().embedQuery(searched);
            List<ScoreDoc> vector = queryVector == null ? List.of()
                    : vectorSearch(searcher, queryVector, filter, CANDIDATES);
            StoredHits stored = new StoredHits(searcher);
            List<RankFusion.Ranked> ranked = request.mode() == SearchMode.HYBRID
                    ? RankFusion.fuse(docs(keyword), docs(vector))
                    : (request.mode() == SearchMode.KEYWORD ? keyword : vector).stream()
                            .map(hit -> new RankFusion.Ranked(hit.doc, hit.score)).toList();
            // A runbook's summary alone says best what it is about, and its whole text holds answers spread over
            // sections: two rankings of runbooks. Filters select sections, which runbook documents are not.
            boolean hybrid = request.mode() == SearchMode.HYBRID;
            List<Integer> summaries = hybrid
                    ? docs(vectorSearch(searcher, queryVector, withSummariesOnly(filter), CANDIDATES)) : List.of();
            List<Integer> wholeRunbooks = request.mode() != SearchMode.VECTOR && filter.isEmpty()
                    ? docs(RunbookRanking.search(searcher, analyzer, searched, CANDIDATES)) : List.of();
            stored.loadFiles(wholeRunbooks);
            stored.loadFiles(docs(vector));
            stored.loadFiles(docs(keyword));
            Confidence confidence = new Confidence(List.of(docs(keyword), docs(vector), summaries, wholeRunbooks),
                    cosines(vector), stored::fileOf);
            if (request.grouped()) {
                ranked = RankFusion.withUnranked(ranked, summaries);
                stored.loadFiles(ranked.stream().map(RankFusion.Ranked::doc).toList());
                ranked = RankFusion.withUnranked(ranked, standIns(searcher, stored, ranked, wholeRunbooks));
                // Which runbooks come first is decided by runbook, not by section (see RankFusion.runbookScores).
                Map<String, Double> runbooks = hybrid ? RankFusion.runbookScores(
                        runbookRankings(docs(keyword), docs(vector), summaries, wholeRunbooks), stored::fileOf)
                        : Map.of();
                ranked = RankFusion.group(ranked, stored::fileOf, ranks(keyword), request.k(),
                        RankFusion.SAME_RUNBOOK_DECAY, runbooks);
            } else {
                stored.loadFiles(ranked.stream().map(RankFusion.Ranked::doc).toList());
            }
            List<SearchHit> hits = new ArrayList<>();
            for (RankFusion.Ranked hit : ranked.subList(0, Math.min(request.k(), ranked.size()))) {
                hits.add(stored.hit(hit.doc(), hit.score(), confidence.of(stored.fileOf(hit.doc()))));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The runbook rankings fused into runbook scores; the whole-runbook one counts {@link #WHOLE_RUNBOOK_WEIGHT}. */
    private static List<List<Integer>> runbookRankings(List<Integer> keyword, List<Integer> vector,
                                                       List<Integer> summaries, List<Integer> wholeRunbooks) {
        List<List<Integer>> rankings = new ArrayList<>(List.of(keyword, vector, summaries));
        for (int i = 0; i < WHOLE_RUNBOOK_WEIGHT; i++) {
            rankings.add(wholeRunbooks);
        }
        return rankings;
    }

    /**
     * A section (the summary) for each of the best whole-runbook matches that no section search found, so such a
     * runbook can be a hit: one Lucene query for at most {@link #STAND_INS} runbooks.
     */
    private static List<Integer> standIns(IndexSearcher searcher, StoredHits stored, List<RankFusion.Ranked> ranked,
                                          List<Integer> wholeRunbooks) throws IOException {
        Set<String> found = new HashSet<>();
        ranked.forEach(hit -> found.add(stored.fileOf(hit.doc())));
        List<String> missing = wholeRunbooks.stream().limit(STAND_INS).map(stored::fileOf)
                .filter(file -> !found.contains(file)).toList();
        List<Integer> standIns = RunbookRanking.summaries(searcher, missing);
        stored.loadFiles(standIns);
        return standIns;
    }

    private static Map<Integer, Double> cosines(List<ScoreDoc> vectorHits) {
        Map<Integer, Double> cosines = new HashMap<>();
        // Lucene scores a dot product of unit vectors as (1 + cosine) / 2.
        vectorHits.forEach(hit -> cosines.put(hit.doc, 2.0 * hit.score - 1));
        return cosines;
    }

    /**
     * The vector a hybrid search uses for {@code question}: the question with the vocabulary's words, embedded as a
     * query. For callers that time or reuse it ({@link SearchRequest#withQueryVector}).
     */
    public float[] embedQuestion(String question) {
        return embedder.get().embedQuery(vocabulary.expand(question));
    }

    /** The words the vocabulary adds to {@code question} when searching, e.g. to show what was searched for. */
    public List<String> addedWords(String question) {
        return vocabulary.addedWords(question);
    }

    /** Alert rules named {@code alertName} (any capitalisation), each with the runbook section it links to. */
    public List<AlertRuleHit> alertRules(String alertName) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return AlertLookup.byName(searcher, alertName);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Alert rules whose name, summary or description match {@code question}: worked examples of PromQL. */
    public List<AlertRuleHit> searchAlertRules(String question, int k) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return AlertLookup.search(searcher, analyzer, vocabulary.expand(question), k);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Every section of one runbook (by its indexed path), in file order; empty if the path is not indexed. */
    public List<SearchHit> sectionsOf(String path) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            StoredHits stored = new StoredHits(searcher);
            List<SearchHit> sections = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(new TermQuery(new Term(SectionFields.PATH, path)),
                    MAX_SECTIONS_PER_RUNBOOK).scoreDocs) {
                sections.add(stored.hit(doc.doc, 0, 0));
            }
            sections.sort(Comparator.comparingInt(SearchHit::startLine));
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

    private List<ScoreDoc> keywordSearch(IndexSearcher searcher, String question, Optional<Query> filter, int n)
            throws IOException {
        Optional<QuestionQuery> query = QuestionQuery.of(analyzer, question);
        if (query.isEmpty()) {
            return List.of();
        }
        // Counting hits exactly is not needed: a threshold of the pool size lets block-max WAND skip non-competitive
        // documents at once instead of after the default 1,000 hits.
        int pool = n * RESCORED_POOL_FACTOR;
        TopDocs candidates = searcher.search(filtered(query.get().candidates(), filter),
                new TopScoreDocCollectorManager(pool, null, pool, true));
        return List.of(new ScoringQueryRescorer(query.get().scoring()).rescore(searcher, candidates, n).scoreDocs);
    }

    private static List<ScoreDoc> vectorSearch(IndexSearcher searcher, float[] vector, Optional<Query> filter, int n)
            throws IOException {
        Query knn = new KnnFloatVectorQuery(SectionFields.VECTOR, vector, n, filter.orElse(null));
        return List.of(searcher.search(knn, n).scoreDocs);
    }


    private static Optional<Query> withSummariesOnly(Optional<Query> filter) {
        Query summaries = new TermQuery(new Term(SectionFields.SUMMARY, SectionFields.SUMMARY_YES));
        return Optional.of(filtered(summaries, filter));
    }

    private static Query filtered(Query query, Optional<Query> filter) {
        if (filter.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter.get(), Occur.FILTER).build();
    }

    private static Map<Integer, Integer> ranks(List<ScoreDoc> hits) {
        Map<Integer, Integer> ranks = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            ranks.putIfAbsent(hits.get(i).doc, i + 1);
        }
        return ranks;
    }

    private static List<Integer> docs(List<ScoreDoc> hits) {
        return hits.stream().map(hit -> hit.doc).toList();
    }

    @Override
    public void close() throws IOException {
        try (directory; analyzer) {
            searchers.close();
        }
    }
}
