package io.interviews.stage.rubric;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.interviews.events.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local answer-embedding models, one per interview language: bge-small-en-v1.5 and bge-small-zh-v1.5
 * (quantized ONNX, shipped in Maven jars: nothing is downloaded). A whole answer is one vector, so its meaning —
 * not its words — is compared with the question and with labelled example answers. Each model is loaded once per
 * JVM on first use and runs on the calling thread only: a stage rates one answer per consumer thread, and idle ONNX
 * worker threads would only spin.
 */
public final class AnswerEmbeddings {

    /** Vectors kept in memory: a stage's questions plus the answers of the interviews in flight. */
    private static final int CACHE_SIZE = 4096;

    private static volatile AnswerEmbeddings shared;

    private final Map<Language, Model> models = new EnumMap<>(Language.class);
    private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private AnswerEmbeddings() {
    }

    /** The JVM's one instance; each language's model loads on its first use (about half a second). */
    public static AnswerEmbeddings shared() {
        AnswerEmbeddings instance = shared;
        if (instance == null) {
            synchronized (AnswerEmbeddings.class) {
                instance = shared;
                if (instance == null) {
                    instance = new AnswerEmbeddings();
                    shared = instance;
                }
            }
        }
        return instance;
    }

    /** Loads the models of every language now, so that no candidate waits for it. */
    public AnswerEmbeddings warmUp() {
        for (Language language : Language.values()) {
            answer(language, "warm-up");
        }
        return this;
    }

    /** The unit-length vector of an answer (or any passage). */
    public float[] answer(Language language, String text) {
        return vector(language, "", text);
    }

    /** The unit-length vector of a question, with the model's instruction for retrieving the passages that answer it. */
    public float[] question(Language language, String text) {
        return vector(language, Spec.of(language).queryInstruction, text);
    }

    public int dimensions() {
        return answer(Language.EN, "dimensions").length;
    }

    /** Cosine similarity of two unit-length vectors. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private float[] vector(Language language, String instruction, String text) {
        String key = language.code() + '\u0000' + instruction + text;
        synchronized (cache) {
            float[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        float[] vector = model(language).embed(instruction + text).content().vector();
        synchronized (cache) {
            cache.put(key, vector);
        }
        return vector;
    }

    private Model model(Language language) {
        synchronized (models) {
            return models.computeIfAbsent(language, l -> new Model(Spec.of(l)));
        }
    }

    /** Which model serves a language, and the instruction bge puts before a query. */
    private enum Spec {
        EN("bge-small-en-v1.5-q", "Represent this sentence for searching relevant passages: "),
        ZH("bge-small-zh-v1.5-q", "为这个句子生成表示以用于检索相关文章：");

        final String resource;
        final String queryInstruction;

        Spec(String resource, String queryInstruction) {
            this.resource = resource;
            this.queryInstruction = queryInstruction;
        }

        static Spec of(Language language) {
            return language == Language.ZH ? ZH : EN;
        }
    }

    /** A bge model on a single-threaded ONNX session (the jar's own class would start one thread per core). */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model(Spec spec) {
            super(Runnable::run);
            ClassLoader loader = AnswerEmbeddings.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream(spec.resource + ".onnx");
                 InputStream tokenizer = loader.getResourceAsStream(spec.resource + "-tokenizer.json");
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                if (model == null || tokenizer == null) {
                    throw new IllegalStateException("embedding model " + spec.resource + " is not on the classpath");
                }
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                this.encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
                        tokenizer, PoolingMode.CLS);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read embedding model " + spec.resource, e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load embedding model " + spec.resource, e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
