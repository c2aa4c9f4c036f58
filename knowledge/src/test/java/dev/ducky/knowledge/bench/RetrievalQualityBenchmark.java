package dev.ducky.knowledge.bench;

import dev.ducky.knowledge.embedding.TextEmbedder;
import dev.ducky.knowledge.index.Confidence;
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
import java.util.function.Function;
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

    /** How one method ranks runbook files (or sections, for a set scored by section) for a question. */
    private interface Method {
        List<String> rank(String question) throws IOException;
    }

    /** A question set, the corpus folder it asks about (under the shared corpora) and its short id. */
    private record QuestionSet(String id, String name, String corpus, String resource) {
    }

    private static final List<QuestionSet> SETS = List.of(
            new QuestionSet("po", "prometheus-operator runbooks", "prometheus-operator-runbooks/content/runbooks",
                    "/bench/prometheus-operator-questions.txt"),
            new QuestionSet("po2", "prometheus-operator runbooks, second set (written after the first set's tuning)",
                    "prometheus-operator-runbooks/content/runbooks", "/bench/prometheus-operator-questions-2.txt"),
            new QuestionSet("openshift", "OpenShift runbooks (held out: not used for tuning)", "openshift-runbooks",
                    "/bench/openshift-questions.txt"),
            new QuestionSet("gitlab", "GitLab.com runbooks: long multi-topic runbooks", "gitlab-com-runbooks/docs",
                    "/bench/gitlab-questions.txt"),
            new QuestionSet("cortex", "Cortex playbooks: one long file, scored by section",
                    "cortex-playbooks/cortex-mixin/docs", "/bench/cortex-questions.txt"));

    @Test
    void recallAndMrrOnEveryQuestionSet() throws IOException {
        // -Dbench.sets=gitlab,cortex runs some sets only and leaves docs/BENCHMARKS.md alone.
        String only = System.getProperty("bench.sets", "");
        StringBuilder md = new StringBuilder("### Retrieval quality\n\nMeasured " + LocalDate.now()
                + " with `mvn -B -o -Pbench -pl knowledge verify -Dbench.include=**/RetrievalQualityBenchmark.java`."
                + " A hit is any section of an expected file among the top k (for a set scored by section: the"
                + " expected section itself); MRR over the top " + DEPTH + ".\n"
                + " Question sets: `knowledge/src/test/resources/bench/` (each committed before the changes it"
                + " measured).\n");
        for (QuestionSet set : SETS) {
            if (only.isBlank() || List.of(only.split(",")).contains(set.id())) {
                md.append(evaluate(set.name(), SharedCorpora.corpus(set.corpus()), set.resource()));
            }
        }
        System.out.println(md);
        if (only.isBlank()) {
            BenchmarkReport.write("quality", md.toString());
        }
    }

    private String evaluate(String name, Path corpus, String questionsResource) throws IOException {
        List<BenchQuestion> questions = BenchQuestion.load(questionsResource);
        boolean bySection = questions.stream().anyMatch(BenchQuestion::bySection);
        Function<List<SearchHit>, List<String>> keys = bySection ? RetrievalQualityBenchmark::citations
                : RetrievalQualityBenchmark::paths;
        Path indexDir = BenchPaths.workDir("quality");
        TextEmbedder embedder = TextEmbedder.shared();
        IndexReport report = new RunbookIndexer(indexDir, embedder).embeddingCache(BenchPaths.embeddingCache())
                .index(List.of(corpus), IndexListener.NONE);
        Map<String, Method> methods = new LinkedHashMap<>();
        try (WholeFileBaseline baseline = new WholeFileBaseline(corpus, bySection);
             RunbookSearcher searcher = RunbookSearcher.open(indexDir, embedder);
             RunbookSearcher withoutVocabulary = RunbookSearcher.open(indexDir, embedder)
                     .vocabulary(OpsVocabulary.NONE)) {
            methods.put(bySection ? "baseline: BM25 over each section, StandardAnalyzer, default parameters"
                            : "baseline: BM25 over whole files, StandardAnalyzer, default parameters",
                    question -> baseline.search(question, DEPTH));
            methods.put("BM25 over sections (ops analyzer, field boosts), grouped by runbook", question -> keys.apply(searcher.search(
                    SearchRequest.of(question, DEPTH).withMode(SearchMode.KEYWORD))));
            methods.put("vectors only (bge query instruction), grouped by runbook", question -> keys.apply(searcher.search(
                    SearchRequest.of(question, DEPTH).withMode(SearchMode.VECTOR))));
            methods.put("vectors only (question as is), grouped by runbook", question -> keys.apply(searcher.search(
                    SearchRequest.of(question, DEPTH).withMode(SearchMode.VECTOR)
                            .withQueryVector(embedder.embed(OpsVocabulary.bundled().expand(question))))));
            methods.put("hybrid, not grouped", question -> keys.apply(searcher.search(
                    SearchRequest.of(question, DEPTH).withGrouping(false))));
            methods.put("hybrid, without the ops vocabulary", question -> keys.apply(withoutVocabulary.search(
                    SearchRequest.of(question, DEPTH))));
            methods.put(HYBRID, question -> keys.apply(searcher.search(SearchRequest.of(question, DEPTH))));
            if (!bySection) {
                WholeFileVectors files = new WholeFileVectors(corpus, embedder);
                methods.put("experiment: vectors of whole files", question -> files.search(question, DEPTH));
            }
            StringBuilder md = new StringBuilder("\n#### " + name + ": " + questions.size() + " questions, "
                    + report.files() + " files, " + report.sections() + " sections\n\n"
                    + "| method | recall@1 | recall@3 | MRR |\n|---|---|---|---|\n");
            for (Map.Entry<String, Method> method : methods.entrySet()) {
                md.append(row(method.getKey(), method.getValue(), questions));
            }
            md.append(floorRow(searcher, questions, keys));
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

    /**
     * How the relevance floor ({@link Confidence#FLOOR}) does on the default hybrid ranking's top 3: precision
     * (questions with a hit at or above the floor whose such hits include a right answer), recall (questions whose
     * right answer is in the top 3 at or above the floor), false refusals (right answer in the top 3, but below the
     * floor) and unrelated questions given a hit at or above the floor.
     */
    private static String floorRow(RunbookSearcher searcher, List<BenchQuestion> questions,
                                   Function<List<SearchHit>, List<String>> keys) throws IOException {
        int shown = 0;
        int shownRight = 0;
        int refused = 0;
        for (BenchQuestion question : questions) {
            List<SearchHit> top = searcher.search(SearchRequest.of(question.question(), 3));
            List<SearchHit> above = top.stream().filter(hit -> hit.confidence() >= Confidence.FLOOR).toList();
            boolean rightAbove = question.rankIn(keys.apply(above)) > 0;
            System.out.printf(Locale.ROOT, "confidence %.2f %s %s%n", top.isEmpty() ? 0 : top.get(0).confidence(),
                    question.rankIn(keys.apply(top)) == 1 ? "right" : "wrong", question.question());
            shown += above.isEmpty() ? 0 : 1;
            shownRight += rightAbove ? 1 : 0;
            refused += !rightAbove && question.rankIn(keys.apply(top)) > 0 ? 1 : 0;
        }
        List<BenchQuestion> unrelated = BenchQuestion.loadQuestions("/bench/unrelated-questions.txt");
        int falseAnswers = 0;
        for (BenchQuestion question : unrelated) {
            List<SearchHit> top = searcher.search(SearchRequest.of(question.question(), 3));
            System.out.printf(Locale.ROOT, "confidence %.2f unrelated %s%n", top.isEmpty() ? 0 : top.get(0).confidence(),
                    question.question());
            falseAnswers += top.stream().anyMatch(hit -> hit.confidence() >= Confidence.FLOOR) ? 1 : 0;
        }
        int n = questions.size();
        return String.format(Locale.ROOT, "%nRelevance floor %.2f on the default ranking's top 3: precision %.2f,"
                        + " recall %.2f, false refusals %.2f (right answer shown below the floor), unrelated questions"
                        + " answered %d of %d.%n", Confidence.FLOOR, shown == 0 ? 0 : shownRight / (double) shown,
                shownRight / (double) n, refused / (double) n, falseAnswers, unrelated.size());
    }

    private static List<String> paths(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::path).toList();
    }

    private static List<String> citations(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::citation).toList();
    }
}
