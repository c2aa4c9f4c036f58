package dev.ducky.knowledge.index;

import dev.ducky.knowledge.runbook.Runbook;
import dev.ducky.knowledge.runbook.Section;
import dev.ducky.knowledge.runbook.SectionRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/** The index schema: one document per runbook section. Each field's type says how it is used. */
final class SectionFields {
    /**
     * BM25 with less length normalisation than the default b=0.75: sections are short, and their length comes
     * mostly from steps and commands rather than from drifting off topic, so a long Diagnosis should not lose to
     * a one-line Impact that mentions the same words once. b=0.4 fixed two golden misses and broke none. Whole
     * runbooks ({@link RunbookDocument}) keep the default: a long multi-topic runbook does drift off topic.
     */
    static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final Similarity sections = new BM25Similarity(1.2f, 0.4f);
        private final Similarity wholeRunbooks = new BM25Similarity();

        @Override
        public Similarity get(String field) {
            return RunbookDocument.TEXT.equals(field) ? wholeRunbooks : sections;
        }
    };

    // StringField (one exact term): the upsert and delete key, the absolute file; stored to list what is indexed.
    // Also a SortedDocValuesField, read per candidate when grouping results by runbook without loading documents.
    static final String FILE = "file";
    // StringField: "section" or "alert" (an alert rule), to count and look up each kind.
    static final String KIND = "kind";
    static final String KIND_SECTION = "section";
    static final String KIND_ALERT = "alert";
    // StringField: the file name without extension, lowercased, so an alert's runbook_url finds its runbook.
    static final String STEM = "stem";
    // StoredField: only compared with the file's current hash, never searched.
    static final String HASH = "hash";
    // StoredField: the runbook directory the file was found in, to show where a path is relative to.
    static final String ROOT = "root";
    // StringField: exact filters by runbook or by cited section; stored to build citations.
    static final String PATH = "path";
    static final String ID = "id";
    // StoredField: only shown (the anchor is derived from the heading, which is searched already).
    static final String ANCHOR = "anchor";
    static final String START_LINE = "start_line";
    static final String END_LINE = "end_line";
    // TextField (analyzed): searched with BM25; stored to show them in hits.
    static final String TITLE = "title";
    static final String SECTION = "section";
    static final String BREADCRUMB = "breadcrumb"; // one value per crumb; stored values keep their order
    // StoredField: the section text as shown; it is searched as PROSE and CODE, see ProseAndCode.
    static final String TEXT = "text";
    // TextField, not stored: the searched halves of TEXT.
    static final String PROSE = "prose";
    static final String CODE = "code";
    // StringField: exact filters ("the mitigation section", "runbooks for this alert"); stored for callers.
    // Alert and service terms are lowercased so a filter need not match the runbook's capitalisation.
    static final String ROLE = "role";
    static final String ALERT = "alert";
    static final String SERVICE = "service";
    static final String OWNER = "owner";
    // StringField: on the one section that says what its runbook is about (see summaryOf), whose embedding alone
    // ranks runbooks by topic.
    static final String SUMMARY = "summary";
    static final String SUMMARY_YES = "yes";
    // KnnFloatVectorField: the section's embedding (unit length, so dot product = cosine), for the kNN search.
    static final String VECTOR = "vector";
    static final VectorSimilarityFunction VECTOR_SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;
    // TextField, not stored: alerts, services and the file name, analyzed so CamelCase alert names match by part.
    static final String NAMES = "names";
    // StringField per identifier of the heading, text, alerts and file name (see ExactTokens), matched whole.
    static final String EXACT = "exact";

    // About 60 tokens of context: enough to name the topic, leaving the section the rest of the model's 128 tokens.
    private static final int SUMMARY_CHARS = 300;

    private SectionFields() {
    }

    /** One document per section; {@code vectors} holds each section's embedding, in section order. */
    static List<Document> documents(RunbookFile file, Runbook runbook, String hash, List<float[]> vectors) {
        List<Document> documents = new ArrayList<>();
        Section summary = summaryOf(runbook);
        for (int i = 0; i < runbook.sections().size(); i++) {
            Section section = runbook.sections().get(i);
            Document doc = new Document();
            addFileFields(doc, file, hash, KIND_SECTION);
            if (section == summary) {
                doc.add(new StringField(SUMMARY, SUMMARY_YES, Store.NO));
            }
            doc.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VECTOR_SIMILARITY));
            doc.add(new StringField(STEM, keyword(file.stem()), Store.NO));
            doc.add(new StringField(PATH, section.path(), Store.YES));
            doc.add(new StringField(ID, section.id(), Store.YES));
            doc.add(new StoredField(ANCHOR, section.anchor()));
            doc.add(new StoredField(START_LINE, section.startLine()));
            doc.add(new StoredField(END_LINE, section.endLine()));
            doc.add(new TextField(TITLE, runbook.title(), Store.YES));
            doc.add(new TextField(SECTION, section.heading(), Store.YES));
            section.breadcrumb().forEach(crumb -> doc.add(new TextField(BREADCRUMB, crumb, Store.YES)));
            doc.add(new StoredField(TEXT, section.text()));
            ProseAndCode split = ProseAndCode.of(section.text());
            doc.add(new TextField(PROSE, split.prose(), Store.NO));
            doc.add(new TextField(CODE, split.code(), Store.NO));
            doc.add(new StringField(ROLE, section.role().name(), Store.YES));
            runbook.alerts().forEach(alert -> addKeyword(doc, ALERT, alert));
            runbook.services().forEach(service -> addKeyword(doc, SERVICE, service));
            runbook.owners().forEach(owner -> doc.add(new StringField(OWNER, owner, Store.YES)));
            runbook.alerts().forEach(alert -> doc.add(new TextField(NAMES, alert, Store.NO)));
            runbook.services().forEach(service -> doc.add(new TextField(NAMES, service, Store.NO)));
            doc.add(new TextField(NAMES, file.stem(), Store.NO));
            exactTokens(runbook, section, file).forEach(token -> doc.add(new StringField(EXACT, token, Store.NO)));
            documents.add(doc);
        }
        documents.add(RunbookDocument.of(file, runbook, hash));
        return documents;
    }

    private static Set<String> exactTokens(Runbook runbook, Section section, RunbookFile file) {
        return ExactTokens.of(section.heading() + "\n" + section.text() + "\n" + String.join("\n", runbook.alerts())
                + "\n" + file.stem());
    }

    /** The fields every document of a file has, whatever its kind: they make upserts and deletes by file work. */
    static void addFileFields(Document doc, RunbookFile file, String hash, String kind) {
        doc.add(new StringField(FILE, file.key(), Store.YES));
        doc.add(new SortedDocValuesField(FILE, new BytesRef(file.key())));
        doc.add(new StoredField(HASH, hash));
        doc.add(new StoredField(ROOT, file.root().toString()));
        doc.add(new StringField(KIND, kind, Store.NO));
    }

    /**
     * What the embedding model reads for a section: where it sits, what the runbook is about (its summary, so a bare
     * "Impact: service degradation" still says whose impact), then its prose. Code is left to BM25: it says
     * little to the model and doubled the tokens, halving indexing speed for the same recall on the benchmark.
     */
    static String embeddingText(Runbook runbook, Section section) {
        ProseAndCode split = ProseAndCode.of(section.text());
        Section summary = summaryOf(runbook);
        // The context goes first: the model reads 128 tokens, and the start of a long section survives the cut better
        // than the runbook's summary would at its end.
        String context = summary == section ? "" : clip(ProseAndCode.of(summary.text()).prose().strip()) + "\n";
        return String.join(" › ", section.breadcrumb()) + "\n" + context + split.prose().strip();
    }

    /** The section that says what a runbook is about: its first Meaning section, else its first section. */
    static Section summaryOf(Runbook runbook) {
        return runbook.sections().stream().filter(section -> section.role() == SectionRole.MEANING).findFirst()
                .orElse(runbook.sections().get(0));
    }

    private static String clip(String text) {
        return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS);
    }

    /** A filter term lowercased; the value as written stored for display. */
    static void addKeyword(Document doc, String field, String value) {
        doc.add(new StringField(field, keyword(value), Store.NO));
        doc.add(new StoredField(field, value));
    }

    static String keyword(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
