package io.interviews.stage.rubric;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local sentence-embedding model (all-MiniLM-L6-v2, quantized, shipped in a Maven jar: nothing is
 * downloaded) that tells whether an answer sentence means what a rubric point's exemplar says. Loaded once per
 * JVM; similarities are rounded to two decimals so that a rating never hinges on floating-point noise.
 * The model was trained on English text: banks in other languages leave {@code semanticMatch} unset.
 */
public final class SentenceEmbeddings {

    /** Sentences kept in memory; a stage's exemplars plus the answers of the interviews in flight. */
    private static final int CACHE_SIZE = 4096;

    private static volatile SentenceEmbeddings shared;

    private final EmbeddingModel model;
    private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private SentenceEmbeddings(EmbeddingModel model) {
        this.model = model;
    }

    /** The JVM's one instance, loading the model on first use (about half a second). */
    public static SentenceEmbeddings shared() {
        SentenceEmbeddings instance = shared;
        if (instance == null) {
            synchronized (SentenceEmbeddings.class) {
                instance = shared;
                if (instance == null) {
                    instance = new SentenceEmbeddings(new AllMiniLmL6V2QuantizedEmbeddingModel());
                    instance.vector("warm-up");
                    shared = instance;
                }
            }
        }
        return instance;
    }

    /** Cosine similarity of two sentences, rounded to two decimals. */
    public double similarity(String sentence, String other) {
        float[] a = vector(sentence);
        float[] b = vector(other);
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i]; // the model's vectors are normalized: the dot product is the cosine
        }
        return Math.round(dot * 100) / 100.0;
    }

    public int dimensions() {
        return vector("dimensions").length;
    }

    private float[] vector(String sentence) {
        synchronized (cache) {
            float[] cached = cache.get(sentence);
            if (cached != null) {
                return cached;
            }
        }
        float[] vector = model.embed(sentence).content().vector();
        synchronized (cache) {
            cache.put(sentence, vector);
        }
        return vector;
    }
}
