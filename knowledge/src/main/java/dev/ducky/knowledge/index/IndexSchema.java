package dev.ducky.knowledge.index;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * What an index was built with, kept in its commit data: the schema of its documents and the embedding model of
 * its vectors. An index built another way is rebuilt by the indexer and refused by the searcher, never misread.
 */
final class IndexSchema {
    /** Bump when parsing, analysis or the fields change. */
    static final String VERSION = "ducky-sections-8";
    private static final String VERSION_KEY = "ducky.schema";
    private static final String MODEL_KEY = "ducky.embedding-model";

    private IndexSchema() {
    }

    static Map<String, String> commitData(String modelId) {
        return Map.of(VERSION_KEY, VERSION, MODEL_KEY, modelId);
    }

    /** Why the index in {@code directory} cannot be used as it is, or empty when it can (or there is none). */
    static Optional<String> mismatch(Directory directory, String modelId) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        String version = data.getOrDefault(VERSION_KEY, "none");
        if (!VERSION.equals(version)) {
            return Optional.of("index schema " + version + ", this version of Ducky needs " + VERSION);
        }
        String model = data.getOrDefault(MODEL_KEY, "none");
        if (!modelId.equals(model)) {
            return Optional.of("vectors from embedding model " + model + ", this version of Ducky uses " + modelId);
        }
        return Optional.empty();
    }
}
