package dev.ducky.knowledge.index;

import dev.ducky.knowledge.runbook.Runbook;
import dev.ducky.knowledge.runbook.Section;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * One document per runbook file, beside its sections: the whole runbook as one text, so a question whose words are
 * spread over several sections (each weak alone) still finds the runbook that holds them all. It shares the file key
 * fields with sections (upserts and deletes work the same) and no field a section search reads, so it is never a hit
 * itself; it only ranks runbooks (see {@link RunbookRanking}).
 */
final class RunbookDocument {
    static final String KIND_RUNBOOK = "runbook";
    // TextField, not stored: title, alerts, services, file name, every heading and every section's text.
    static final String TEXT = "runbook_text";
    // StringField per identifier (see ExactTokens): a pasted token finds the runbook holding it anywhere.
    static final String EXACT = "runbook_exact";

    private RunbookDocument() {
    }

    static Document of(RunbookFile file, Runbook runbook, String hash) {
        Document doc = new Document();
        SectionFields.addFileFields(doc, file, hash, KIND_RUNBOOK);
        StringBuilder text = new StringBuilder(runbook.title()).append('\n');
        runbook.alerts().forEach(alert -> text.append(alert).append('\n'));
        runbook.services().forEach(service -> text.append(service).append('\n'));
        text.append(file.stem()).append('\n');
        for (Section section : runbook.sections()) {
            text.append(section.heading()).append('\n').append(section.text()).append('\n');
        }
        doc.add(new TextField(TEXT, text.toString(), Store.NO));
        ExactTokens.of(text.toString()).forEach(token -> doc.add(new StringField(EXACT, token, Store.NO)));
        return doc;
    }
}
