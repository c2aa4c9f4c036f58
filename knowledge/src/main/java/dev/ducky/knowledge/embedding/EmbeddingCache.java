package dev.ducky.knowledge.embedding;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Vectors by the SHA-256 of the text they embed, in one append-only file per model beside the index. It outlives
 * the index: a rebuild (new schema, deleted index, another replica's checkout) re-embeds nothing it has seen.
 * Not thread-safe; one indexing run uses it at a time. A record cut short by a crash is dropped on open.
 */
public final class EmbeddingCache implements Closeable {
    private static final byte[] MAGIC = "DUCKYVEC1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;

    private final Path file;
    private final int dimension;
    private final Map<String, float[]> vectors = new HashMap<>();
    private DataOutputStream out;

    private EmbeddingCache(Path file, int dimension) {
        this.file = file;
        this.dimension = dimension;
    }

    /** Opens (or creates) the cache of {@code modelId}'s vectors in {@code dir}. */
    public static EmbeddingCache open(Path dir, String modelId, int dimension) throws IOException {
        Files.createDirectories(dir);
        EmbeddingCache cache = new EmbeddingCache(dir.resolve(modelId.replaceAll("[^A-Za-z0-9.-]", "_") + ".vec"),
                dimension);
        cache.load();
        return cache;
    }

    /** The cached vector of exactly this text, or null. */
    public float[] get(String text) {
        return vectors.get(key(text));
    }

    /** Remembers {@code vector} for {@code text}; written to disk by {@link #flush()} or {@link #close()}. */
    public void put(String text, float[] vector) throws IOException {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("vector has " + vector.length + " dimensions, the cache " + dimension);
        }
        String key = key(text);
        if (vectors.putIfAbsent(key, vector) == null) {
            DataOutputStream output = output();
            output.write(HexFormat.of().parseHex(key));
            for (float x : vector) {
                output.writeFloat(x);
            }
        }
    }

    public int size() {
        return vectors.size();
    }

    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        int recordBytes = KEY_BYTES + dimension * Float.BYTES;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer all = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            byte[] magic = new byte[MAGIC.length];
            if (all.remaining() < MAGIC.length + Integer.BYTES || !MessageDigest.isEqual(magic(all, magic), MAGIC)
                    || all.getInt() != dimension) {
                channel.truncate(0); // not ours, or another dimension: start over rather than misread
                return;
            }
            byte[] key = new byte[KEY_BYTES];
            while (all.remaining() >= recordBytes) {
                all.get(key);
                float[] vector = new float[dimension];
                all.asFloatBuffer().get(vector);
                all.position(all.position() + dimension * Float.BYTES);
                vectors.put(HexFormat.of().formatHex(key), vector);
            }
            channel.truncate(all.position()); // a record cut short by a crash would misalign the next append
        }
    }

    private static byte[] magic(ByteBuffer buffer, byte[] into) {
        buffer.get(into);
        return into;
    }

    private DataOutputStream output() throws IOException {
        if (out == null) {
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
            if (fresh) {
                out.write(MAGIC);
                out.writeInt(dimension);
            }
        }
        return out;
    }

    static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Where the vectors are kept. */
    public Path file() {
        return file;
    }

}
