package dev.ducky.knowledge.index;

import dev.ducky.knowledge.runbook.RunbookFormatException;
import dev.ducky.knowledge.runbook.RunbookParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds and updates the Lucene index of runbook sections, in the spirit of Lucene's demo {@code IndexFiles}:
 * each file's sections are upserted under the file's key, so running it again is safe. Incremental: a file whose
 * content hash is unchanged is not parsed again, and files gone from the directories leave the index. The index
 * ends up holding exactly the runbooks of the directories given. Not for concurrent runs on one index directory
 * (Lucene's write lock makes a second run fail fast).
 */
public final class RunbookIndexer {
    /** Default {@link #maxFileBytes(long)}: runbooks are small; a huge Markdown file is likely generated. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    private final Path indexDir;
    private final RunbookParser parser = new RunbookParser();
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;

    public RunbookIndexer(Path indexDir) {
        this.indexDir = indexDir;
    }

    /** Files larger than this are skipped with a reason. */
    public RunbookIndexer maxFileBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + bytes);
        }
        this.maxFileBytes = bytes;
        return this;
    }

    /**
     * Indexes the Markdown runbooks under {@code runbookDirs} (recursively).
     *
     * @throws RunbookDirectoryMissingException if a directory does not exist, before the index is touched
     */
    public IndexReport index(List<Path> runbookDirs, IndexListener listener) throws IOException {
        long started = System.nanoTime();
        List<RunbookFile> files = RunbookScanner.scan(RunbookScanner.checkDirectories(runbookDirs));
        listener.started(files.size());
        IndexWriterConfig config = new IndexWriterConfig(new OpsAnalyzer())
                .setSimilarity(SectionFields.SIMILARITY)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false); // a run that fails half-way leaves the previous index as it was
        try (Directory directory = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(directory, config)) {
            Map<String, String> indexedHashes = IndexedFiles.hashes(writer);
            Run run = new Run();
            for (RunbookFile file : files) {
                indexFile(writer, file, indexedHashes.get(file.key()), run);
                listener.fileDone(file.file());
            }
            for (String key : indexedHashes.keySet()) {
                if (!run.present.contains(key)) { // gone from disk, now skipped, or from a directory not given
                    writer.deleteDocuments(new Term(SectionFields.FILE, key));
                    run.deleted++;
                }
            }
            writer.commit();
            return new IndexReport(run.present.size(), writer.getDocStats().numDocs, run.skipped,
                    Duration.ofNanos(System.nanoTime() - started), run.parsed, run.unchanged, run.deleted);
        }
    }

    private void indexFile(IndexWriter writer, RunbookFile file, String indexedHash, Run run) throws IOException {
        byte[] content;
        try {
            long size = Files.size(file.file());
            if (size > maxFileBytes) {
                run.skipped.add(new SkippedFile(file.path(), 0,
                        "file is " + size + " bytes, over the " + maxFileBytes + "-byte limit for a runbook"));
                return;
            }
            content = Files.readAllBytes(file.file());
        } catch (NoSuchFileException e) {
            return; // deleted since the scan (an editor saving, a git checkout): it leaves the index like any gone file
        }
        String hash = hash(content);
        if (hash.equals(indexedHash)) {
            run.unchanged++;
            run.present.add(file.key());
            return;
        }
        try {
            writer.updateDocuments(new Term(SectionFields.FILE, file.key()),
                    SectionFields.documents(file, parser.parse(file.path(), content), hash));
            run.parsed++;
            run.present.add(file.key());
        } catch (RunbookFormatException e) {
            run.skipped.add(new SkippedFile(e.path(), e.line(), e.reason()));
        }
    }

    private static String hash(byte[] content) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(SectionFields.SCHEMA_VERSION.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Tallies of one run. */
    private static final class Run {
        final Set<String> present = new HashSet<>();
        final List<SkippedFile> skipped = new ArrayList<>();
        int parsed;
        int unchanged;
        int deleted;
    }
}
