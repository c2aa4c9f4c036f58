package dev.ducky.knowledge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ducky.knowledge.embedding.TextEmbedder;
import dev.ducky.knowledge.index.IndexListener;
import dev.ducky.knowledge.index.IndexReport;
import dev.ducky.knowledge.index.RunbookIndexer;
import dev.ducky.knowledge.index.RunbookSearcher;
import dev.ducky.knowledge.index.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Indexing throughput (sections/s, embeddings included, cold cache), re-indexing an unchanged corpus, and query
 * latency at growing index sizes (all shared corpora, then replicas of them; replicas reuse cached embeddings).
 * Run with {@code mvn -B -o -Pbench -pl knowledge verify -Dbench.include=**}{@code /IndexSpeedBenchmark.java}.
 */
class IndexSpeedBenchmark {
    private static final int ROUNDS = 5;

    @Test
    void throughputAndLatency() throws IOException {
        Path corpora = SharedCorpora.corpus("prometheus-operator-runbooks").getParent();
        Path work = BenchPaths.workDir("speed");
        try {
            measure(corpora, work);
        } finally {
            BenchPaths.delete(work);
        }
    }

    private void measure(Path corpora, Path work) throws IOException {
        TextEmbedder embedder = TextEmbedder.shared();
        StringBuilder md = new StringBuilder("### Speed\n\nMeasured " + LocalDate.now() + " on "
                + Runtime.getRuntime().availableProcessors() + " cores with `mvn -B -o -Pbench -pl knowledge verify"
                + " -Dbench.include=**/IndexSpeedBenchmark.java` (JVM -Xmx3g); 1-minute load average at the start: "
                + BenchPaths.loadAverage() + " (the 2 cores are shared with other builds).\n\n");

        // Cold: every corpus once, an empty embedding cache and a fresh embedder (the shared one remembers the
        // vectors of the quality benchmark), so every section goes through the model.
        Path all = GrownCorpus.allCorpora(corpora, work.resolve("corpora"));
        IndexReport cold;
        IndexReport again;
        try (TextEmbedder fresh = TextEmbedder.create(TextEmbedder.DEFAULT_MAX_TOKENS,
                Runtime.getRuntime().availableProcessors())) {
            cold = new RunbookIndexer(work.resolve("index-cold"), fresh).embeddingCache(work.resolve("cold-cache"))
                    .index(List.of(all), IndexListener.NONE);
            again = new RunbookIndexer(work.resolve("index-cold"), fresh).embeddingCache(work.resolve("cold-cache"))
                    .index(List.of(all), IndexListener.NONE);
        }
        assertEquals(cold.files(), again.unchanged());
        md.append(String.format(Locale.ROOT, "| indexing, all %d shared corpora | figure |%n|---|---|%n",
                GrownCorpus.corpusCount(corpora)))
                .append(String.format(Locale.ROOT, "| files / sections / alert rules / skipped | %d / %d / %d / %d |%n",
                        cold.files(), cold.sections(), cold.alertRules(), cold.skipped().size()))
                .append(String.format(Locale.ROOT, "| cold index (parse, embed every section, write) | %.1f s |%n",
                        cold.took().toMillis() / 1000.0))
                .append(String.format(Locale.ROOT, "| **throughput, embeddings included** (target ≥ 40/s) | **%.0f"
                        + " sections/s** |%n", cold.embedded() * 1000.0 / Math.max(1, cold.took().toMillis())))
                .append(String.format(Locale.ROOT, "| **re-index, nothing changed** (target < 5 s) | **%.2f s** |%n",
                        again.took().toMillis() / 1000.0))
                .append(String.format(Locale.ROOT, "| peak RSS so far | %d MB |%n%n", PeakMemory.rssMegabytes()));

        md.append("| sections | files | index build (cached embeddings) | question embedding p50 / p99"
                + " | **index part of a hybrid query p50 / p99** (target at 100k: p99 < 15 ms)"
                + " | **end to end p50 / p99** (target at 100k: p99 < 60 ms) | peak RSS |\n|---|---|---|---|---|---|---|\n");
        List<String> questions = new ArrayList<>();
        BenchQuestion.load("/bench/prometheus-operator-questions.txt").forEach(q -> questions.add(q.question()));
        BenchQuestion.load("/bench/openshift-questions.txt").forEach(q -> questions.add(q.question()));
        for (int target : sizes()) {
            Path grown = GrownCorpus.grow(corpora, work.resolve("grown-" + target), target);
            Path indexDir = work.resolve("index-" + target);
            IndexReport built = new RunbookIndexer(indexDir, embedder).embeddingCache(work.resolve("cold-cache"))
                    .index(List.of(grown), IndexListener.NONE);
            try (RunbookSearcher searcher = RunbookSearcher.open(indexDir, embedder)) {
                md.append(latencyRow(built, searcher, embedder, questions));
            }
        }
        md.append("\nLoad average at the end: " + BenchPaths.loadAverage() + ". The index part is BM25 + kNN (HNSW) + fusion + grouping + reading the k=5 hits, with the"
                + " question's vector given; end to end adds embedding the question. Replicated files are copies of"
                + " the corpora under new folders: same texts, so their embeddings come from the cache.\n");
        BenchmarkReport.write("speed", md.toString());
    }

    private static String latencyRow(IndexReport built, RunbookSearcher searcher, TextEmbedder embedder,
                                     List<String> questions) throws IOException {
        int n = questions.size() * ROUNDS;
        double[] embed = new double[n];
        double[] index = new double[n];
        double[] total = new double[n];
        for (String question : questions) { // warm-up: JIT, first reader, first model calls
            searcher.search(SearchRequest.of(question, 5));
        }
        for (int round = 0, i = 0; round < ROUNDS; round++) {
            for (String question : questions) {
                long t0 = System.nanoTime();
                float[] vector = searcher.embedQuestion(question);
                long t1 = System.nanoTime();
                searcher.search(SearchRequest.of(question, 5).withQueryVector(vector));
                long t2 = System.nanoTime();
                embed[i] = (t1 - t0) / 1e6;
                index[i] = (t2 - t1) / 1e6;
                long t3 = System.nanoTime();
                searcher.search(SearchRequest.of(question, 5));
                total[i++] = (System.nanoTime() - t3) / 1e6;
            }
        }
        return String.format(Locale.ROOT, "| %d | %d | %.1f s | %.1f / %.1f ms | %.1f / %.1f ms | %.1f / %.1f ms"
                        + " | %d MB |%n", built.sections(), built.files(), built.took().toMillis() / 1000.0,
                p(embed, 50), p(embed, 99), p(index, 50), p(index, 99), p(total, 50), p(total, 99),
                PeakMemory.rssMegabytes());
    }

    private static double p(double[] values, double percentile) {
        return BenchmarkReport.percentile(values, percentile);
    }

    private static int[] sizes() {
        return Arrays.stream(System.getProperty("ducky.bench.sections", "1000,10000,100000").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
    }
}
