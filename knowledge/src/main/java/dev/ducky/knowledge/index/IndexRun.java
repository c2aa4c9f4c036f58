package dev.ducky.knowledge.index;

import dev.ducky.knowledge.alerts.AlertRule;
import dev.ducky.knowledge.alerts.AlertRuleParser;
import dev.ducky.knowledge.embedding.CachedEmbeddings;
import dev.ducky.knowledge.runbook.Runbook;
import dev.ducky.knowledge.runbook.RunbookFormatException;
import dev.ducky.knowledge.runbook.RunbookParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * One indexing run over the scanned files: reads, hashes and parses each, embeds new sections in large batches
 * across files (the model is the slow part, and batches keep both cores busy), writes their documents, and
 * tallies what happened.
 */
final class IndexRun {
    // Sections embedded per round: large batches for throughput, small enough for a lively progress bar.
    private static final int SECTIONS_PER_ROUND = 256;
    private static final int BINARY_SNIFF_BYTES = 8000;

    private final IndexWriter writer;
    private final CachedEmbeddings embeddings;
    private final long maxFileBytes;
    private final IndexListener listener;
    private final RunbookParser runbooks = new RunbookParser();
    private final AlertRuleParser alertRules = new AlertRuleParser();
    private final List<Parsed> pending = new ArrayList<>();
    private final Set<String> present = new HashSet<>();
    private final List<SkippedFile> skipped = new ArrayList<>();
    private int pendingSections;
    private int parsed;
    private int unchanged;
    private int rules;

    private record Parsed(RunbookFile file, Runbook runbook, String hash) {
    }

    IndexRun(IndexWriter writer, CachedEmbeddings embeddings, long maxFileBytes, IndexListener listener) {
        this.writer = writer;
        this.embeddings = embeddings;
        this.maxFileBytes = maxFileBytes;
        this.listener = listener;
    }

    /** Indexes {@code file} unless its content hash equals {@code indexedHash}; problems become skips. */
    void add(RunbookFile file, String indexedHash) throws IOException {
        try {
            Optional<byte[]> content = read(file);
            if (content.isEmpty()) {
                listener.fileDone(file.file()); // deleted since the scan: it leaves the index like any gone file
                return;
            }
            String hash = hash(content.get());
            if (hash.equals(indexedHash)) {
                unchanged++;
                present.add(file.key());
                listener.fileDone(file.file());
            } else if (file.isRuleFile()) {
                addRules(file, content.get(), hash);
            } else {
                Runbook runbook = runbooks.parse(file.path(), content.get());
                pending.add(new Parsed(file, runbook, hash));
                pendingSections += runbook.sections().size();
                if (pendingSections >= SECTIONS_PER_ROUND) {
                    flush();
                }
            }
        } catch (RunbookFormatException e) {
            skipped.add(new SkippedFile(e.path(), e.line(), e.reason()));
            listener.fileDone(file.file());
        }
    }

    /** Writes what is still pending. */
    void finish() throws IOException {
        flush();
    }

    Set<String> present() {
        return present;
    }

    IndexReport report(int sections, Duration took, int deleted, Optional<String> rebuiltBecause) {
        return new IndexReport(present.size(), sections, skipped, took, parsed, unchanged, deleted, rules,
                embeddings.computed(), embeddings.hits(), rebuiltBecause.orElse(""));
    }

    private void addRules(RunbookFile file, byte[] content, String hash) throws IOException, RunbookFormatException {
        List<AlertRule> found = alertRules.parse(file.path(), utf8(file, content));
        if (!found.isEmpty()) { // other YAML (values files, manifests) is not ours to index or to complain about
            writer.updateDocuments(new Term(SectionFields.FILE, file.key()), AlertFields.documents(file, found, hash));
            present.add(file.key());
            parsed++;
            rules += found.size();
        }
        listener.fileDone(file.file());
    }

    private void flush() throws IOException {
        List<String> texts = new ArrayList<>();
        pending.forEach(p -> p.runbook().sections()
                .forEach(section -> texts.add(SectionFields.embeddingText(p.runbook(), section))));
        List<float[]> vectors = embeddings.vectors(texts);
        int next = 0;
        for (Parsed p : pending) {
            int count = p.runbook().sections().size();
            writer.updateDocuments(new Term(SectionFields.FILE, p.file().key()),
                    SectionFields.documents(p.file(), p.runbook(), p.hash(), vectors.subList(next, next + count)));
            next += count;
            present.add(p.file().key());
            parsed++;
            listener.sectionsIndexed(count);
            listener.fileDone(p.file().file());
        }
        pending.clear();
        pendingSections = 0;
    }

    /** The file's bytes; empty if it vanished; a skip if too large or binary. */
    private Optional<byte[]> read(RunbookFile file) throws IOException, RunbookFormatException {
        try {
            long size = Files.size(file.file());
            if (size > maxFileBytes) {
                throw new RunbookFormatException(file.path(), 0,
                        "file is " + size + " bytes, over the " + maxFileBytes + "-byte limit for a runbook");
            }
            byte[] content = Files.readAllBytes(file.file());
            for (int i = 0; i < Math.min(content.length, BINARY_SNIFF_BYTES); i++) {
                if (content[i] == 0) {
                    throw new RunbookFormatException(file.path(), 0, "binary file, not text");
                }
            }
            return Optional.of(content);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static String utf8(RunbookFile file, byte[] content) throws RunbookFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new RunbookFormatException(file.path(), 0, "not UTF-8 text; save the file as UTF-8");
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
