package dev.ducky.knowledge.bench;

import dev.ducky.knowledge.embedding.TextEmbedder;
import dev.ducky.knowledge.index.IndexListener;
import dev.ducky.knowledge.index.IndexReport;
import dev.ducky.knowledge.index.OpsVocabulary;
import dev.ducky.knowledge.index.RunbookIndexer;
import dev.ducky.knowledge.index.RunbookSearcher;
import dev.ducky.knowledge.index.SearchHit;
import dev.ducky.knowledge.index.SearchMode;
import dev.ducky.knowledge.index.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recall@1, recall@3 and MRR of each retrieval method on the responder-phrased question sets, side by side in one
 * run: whole-file BM25 (the wiki-search baseline), section BM25, vectors only, hybrid. A hit is any section of an
 * expected file. Run with {@code mvn -B -o -Pbench -pl knowledge verify
 * -Dbench.include=**}{@code /RetrievalQualityBenchmark.java}.
 */
class RetrievalQualityBenchmark {
    private static final int DEPTH = 10;
    private static final String HYBRID = "hybrid: BM25 + vectors, rank fusion, grouped by runbook (default)";

    /** How one method ranks runbook files for a question. */
    private interface Method {
        List<String> rank(String question) throws IOException;
    }

    @Test
    void recallAndMrrOnBothQuestionSets() throws IOException {
        Path prometheusOperator = SharedCorpora.corpus("prometheus-operator-runbooks").resolve("content/runbooks");
        Path openshift = SharedCorpora.corpus("openshift-runbooks");
        StringBuilder md = new StringBuilder("### Retrieval quality\n\nMeasured " + LocalDate.now()
                + " with `mvn -B -o -Pbench -pl knowledge verify -Dbench.include=**/RetrievalQualityBenchmark.java`."
                + " A hit is any section of an expected file among the top k; MRR over the top " + DEPTH + ".\n"
                + " Question sets: `knowledge/src/test/resources/bench/` (committed before any tuning).\n");
        md.append(evaluate("prometheus-operator runbooks", prometheusOperator,
                "/bench/prometheus-operator-questions.txt"));
        md.append(evaluate("prometheus-operator runbooks, second set (written after the first set's tuning)",
                prometheusOperator, "/bench/prometheus-operator-questions-2.txt"));
        md.append(evaluate("OpenShift runbooks (held out: not used for tuning)", openshift,
                "/bench/openshift-questions.txt"));
        BenchmarkReport.write("quality", md.toString());
    }

    private String evaluate(String name, Path corpus, String questionsResource) throws IOException {
        List<BenchQuestion> questions = BenchQuestion.load(questionsResource);
        Path indexDir = BenchPaths.workDir("quality");
        TextEmbedder embedder = TextEmbedder.shared();
        IndexReport report = new RunbookIndexer(indexDir, embedder).embeddingCache(BenchPaths.embeddingCache())
                .index(List.of(corpus), IndexListener.NONE);
        Map<String, Method> methods = new LinkedHashMap<>();
        try (WholeFileBaseline baseline = new WholeFileBaseline(corpus);
             RunbookSearcher searcher = RunbookSearcher.open(indexDir, embedder);
             RunbookSearcher withoutVocabulary = RunbookSearcher.open(indexDir, embedder)
                     .vocabulary(OpsVocabulary.NONE)) {
            methods.put("baseline: BM25 over whole files, StandardAnalyzer, default parameters",
                    question -> baseline.search(question, DEPTH));
            methods.put("BM25 over sections (ops analyzer, field boosts), grouped by runbook", question -> paths(searcher.search(
                    SearchRequest.of(question, DEPTH).withMode(SearchMode.KEYWORD))));
            methods.put("vectors only (bge query instruction), grouped by runbook", question -> paths(searcher.search(
                    SearchRequest.of(question, DEPTH).withMode(SearchMode.VECTOR))));
            methods.put("vectors only (question as is), grouped by runbook", question -> paths(searcher.search(
                    SearchRequest.of(question, DEPTH).withMode(SearchMode.VECTOR)
                            .withQueryVector(embedder.embed(OpsVocabulary.bundled().expand(question))))));
            methods.put("hybrid, not grouped", question -> paths(searcher.search(
                    SearchRequest.of(question, DEPTH).withGrouping(false))));
            methods.put("hybrid, without the ops vocabulary", question -> paths(withoutVocabulary.search(
                    SearchRequest.of(question, DEPTH))));
            methods.put(HYBRID, question -> paths(searcher.search(SearchRequest.of(question, DEPTH))));
            WholeFileVectors files = new WholeFileVectors(corpus, embedder);
            methods.put("experiment: vectors of whole files", question -> files.search(question, DEPTH));
            StringBuilder md = new StringBuilder("\n#### " + name + ": " + questions.size() + " questions, "
                    + report.files() + " files, " + report.sections() + " sections\n\n"
                    + "| method | recall@1 | recall@3 | MRR |\n|---|---|---|---|\n");
            for (Map.Entry<String, Method> method : methods.entrySet()) {
                md.append(row(method.getKey(), method.getValue(), questions));
            }
            return md.toString();
        } finally {
            BenchPaths.delete(indexDir);
        }
    }

    private static String row(String name, Method method, List<BenchQuestion> questions) throws IOException {
        int at1 = 0;
        int at3 = 0;
        double reciprocal = 0;
        List<String> misses = new ArrayList<>();
        for (BenchQuestion question : questions) {
            List<String> ranked = method.rank(question.question());
            int rank = question.rankIn(ranked);
            at1 += rank == 1 ? 1 : 0;
            at3 += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
            if (rank == 0 || rank > 3) {
                misses.add(question.question() + " -> " + ranked.subList(0, Math.min(3, ranked.size())));
            }
        }
        int n = questions.size();
        System.out.println("== " + name + ": misses at 3\n  " + String.join("\n  ", misses));
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", name, at1 / (double) n, at3 / (double) n,
                reciprocal / n);
    }

    private static List<String> paths(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::path).toList();
    }
}
