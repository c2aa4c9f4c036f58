package dev.ducky.knowledge.index;

import dev.ducky.knowledge.alerts.AlertRule;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * The index schema of alert rules: one document per alert rule, beside the section documents. They share the
 * file key fields with sections (upserts and deletes work the same) and no searched text field, so a section
 * search never returns a rule.
 */
final class AlertFields {
    // StringField: which runbook a rule points at, the runbook_url's file name lowercased without extension.
    static final String RUNBOOK_STEM = "rule_runbook_stem";
    // StringField, lowercased (+ stored as written): the alert name, to look a firing alert up.
    static final String NAME = "rule_alert";
    // TextField, not stored: name, summary and description, to find rules by what they watch.
    static final String TEXT = "rule_text";
    // StoredField: shown with the rule, never searched.
    static final String EXPR = "rule_expr";
    static final String SEVERITY = "rule_severity";
    static final String SUMMARY = "rule_summary";
    static final String DESCRIPTION = "rule_description";
    static final String RUNBOOK_URL = "rule_runbook_url";
    static final String GROUP = "rule_group";
    static final String LINE = "rule_line";

    private AlertFields() {
    }

    static List<Document> documents(RunbookFile file, List<AlertRule> rules, String hash) {
        List<Document> documents = new ArrayList<>();
        for (AlertRule rule : rules) {
            Document doc = new Document();
            SectionFields.addFileFields(doc, file, hash, SectionFields.KIND_ALERT);
            doc.add(new StringField(SectionFields.PATH, rule.path(), Store.YES));
            SectionFields.addKeyword(doc, NAME, rule.name());
            doc.add(new StringField(RUNBOOK_STEM, SectionFields.keyword(stem(rule.runbookFileName())), Store.NO));
            doc.add(new TextField(TEXT, rule.name() + "\n" + rule.summary() + "\n" + rule.description(), Store.NO));
            doc.add(new StoredField(EXPR, rule.expr()));
            doc.add(new StoredField(SEVERITY, rule.severity()));
            doc.add(new StoredField(SUMMARY, rule.summary()));
            doc.add(new StoredField(DESCRIPTION, rule.description()));
            doc.add(new StoredField(RUNBOOK_URL, rule.runbookUrl()));
            doc.add(new StoredField(GROUP, rule.group()));
            doc.add(new StoredField(LINE, rule.line()));
            documents.add(doc);
        }
        return documents;
    }

    static AlertRule rule(Document doc) {
        return new AlertRule(doc.get(NAME), doc.get(EXPR), doc.get(SEVERITY), doc.get(SUMMARY), doc.get(DESCRIPTION),
                doc.get(RUNBOOK_URL), doc.get(GROUP), doc.get(SectionFields.PATH),
                doc.getField(LINE).numericValue().intValue());
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
