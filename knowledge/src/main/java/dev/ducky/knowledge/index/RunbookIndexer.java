package dev.ducky.knowledge.index;

import dev.ducky.knowledge.embedding.CachedEmbeddings;
import dev.ducky.knowledge.embedding.EmbeddingCache;
import dev.ducky.knowledge.embedding.TextEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Builds and updates the Lucene index of runbook sections and alert rules, in the spirit of Lucene's demo
 * {@code IndexFiles}: each file's documents are upserted under the file's key, so running it again is safe.
 * Incremental: a file whose content hash is unchanged is not read again, sections are embedded only when their
 * text was never embedded before (see {@link EmbeddingCache}), and files gone from the directories leave the
 * index. An index built by another schema or model is rebuilt. One run at a time per index directory: a second
 * gets an {@link IndexLockedException}.
 */
public final class RunbookIndexer {
    /** Default {@link #maxFileBytes(long)}: runbooks are small; a huge Markdown file is likely generated. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
    /** The embedding cache's folder inside the index directory, which Lucene leaves alone. */
    public static final String EMBEDDINGS_DIR = "embeddings";

    private final Path indexDir;
    private final TextEmbedder embedder;
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
    private Path embeddingCacheDir;

    public RunbookIndexer(Path indexDir) {
        this(indexDir, TextEmbedder.shared());
    }

    public RunbookIndexer(Path indexDir, TextEmbedder embedder) {
        this.indexDir = indexDir;
        this.embedder = embedder;
        this.embeddingCacheDir = indexDir.resolve(EMBEDDINGS_DIR);
    }

    /** Files larger than this are skipped with a reason. */
    public RunbookIndexer maxFileBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + bytes);
        }
        this.maxFileBytes = bytes;
        return this;
    }

    /** Keeps cached embeddings elsewhere, e.g. shared by the replicas on one host. */
    public RunbookIndexer embeddingCache(Path dir) {
        this.embeddingCacheDir = dir;
        return this;
    }

    /**
     * Indexes the Markdown runbooks and Prometheus rule files under {@code runbookDirs} (recursively).
     *
     * @throws RunbookDirectoryMissingException if a directory does not exist, before the index is touched
     * @throws NoRunbooksFoundException         if they hold no runbook and no rule file, before the index is touched
     * @throws IndexLockedException             if another run writes the same index
     */
    public synchronized IndexReport index(List<Path> runbookDirs, IndexListener listener) throws IOException {
        long started = System.nanoTime();
        List<Path> roots = RunbookScanner.checkDirectories(runbookDirs);
        List<RunbookFile> files = RunbookScanner.scan(roots);
        if (files.isEmpty()) {
            throw new NoRunbooksFoundException(roots);
        }
        listener.started(files.size());
        try (Directory directory = FSDirectory.open(indexDir)) {
            Optional<String> mismatch = IndexSchema.mismatch(directory, embedder.modelId());
            try (IndexWriter writer = openWriter(directory, mismatch.isPresent());
                 EmbeddingCache cache = EmbeddingCache.open(embeddingCacheDir, embedder.modelId(),
                         embedder.dimension())) {
                IndexRun run = new IndexRun(writer, new CachedEmbeddings(embedder, cache), maxFileBytes, listener);
                Map<String, String> indexedHashes = IndexedFiles.hashes(writer);
                for (RunbookFile file : files) {
                    run.add(file, indexedHashes.get(file.key()));
                }
                run.finish();
                int deleted = 0;
                for (String key : indexedHashes.keySet()) {
                    if (!run.present().contains(key)) { // gone from disk, now skipped, or from a directory not given
                        writer.deleteDocuments(new Term(SectionFields.FILE, key));
                        deleted++;
                    }
                }
                writer.setLiveCommitData(IndexSchema.commitData(embedder.modelId()).entrySet());
                writer.commit();
                return run.report(IndexedFiles.sectionCount(writer), Duration.ofNanos(System.nanoTime() - started),
                        deleted, mismatch);
            }
        }
    }

    private IndexWriter openWriter(Directory directory, boolean rebuild) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new OpsAnalyzer())
                .setSimilarity(SectionFields.SIMILARITY)
                // An index built another way is replaced as a whole: its documents cannot be trusted one by one.
                .setOpenMode(rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false); // a run that fails half-way leaves the previous index as it was
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(indexDir, e);
        }
    }
}
