package io.interviews.stage.rubric;

import io.interviews.events.Language;
import io.interviews.stage.embedding.StaticEmbeddings;
import io.interviews.stage.embedding.WordPieceTokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The answer embeddings, one table per interview language ({@code answer-embeddings-<language>.bin} beside this
 * class): static tables distilled from bge-small-en-v1.5 and bge-small-zh-v1.5 by the evaluation module's
 * {@code distill} command. A whole answer is one vector — the weighted mean of its word pieces' vectors — so its
 * meaning, not its exact words, is compared with the question and with labelled example answers. No neural network
 * runs here: an answer costs microseconds and the tables take a few megabytes.
 */
public final class AnswerEmbeddings {

    private static volatile AnswerEmbeddings shared;

    private final Map<Language, Table> tables = new EnumMap<>(Language.class);

    private AnswerEmbeddings() {
    }

    /** The JVM's one instance; each language's table loads on its first use. */
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

    /** Loads the table of every language now, so that no candidate waits for it. */
    public AnswerEmbeddings warmUp() {
        for (Language language : Language.values()) {
            table(language);
        }
        return this;
    }

    /** The unit-length vector of an answer, a question or any passage (all zeros when no word is known). */
    public float[] answer(Language language, String text) {
        Table table = table(language);
        return table.embeddings.embed(table.tokenizer.ids(text));
    }

    /** The vector of a question: the same space as answers, so their cosine says how much an answer is on topic. */
    public float[] question(Language language, String text) {
        return answer(language, text);
    }

    /** What a language's vectors are, e.g. "static table of bge-small-en-v1.5-q, 256 dimensions". */
    public String describe(Language language) {
        StaticEmbeddings embeddings = table(language).embeddings;
        return "static table of " + embeddings.teacher() + ", " + embeddings.dimensions() + " dimensions";
    }

    public int dimensions() {
        return table(Language.EN).embeddings.dimensions();
    }

    /** Cosine similarity of two unit-length vectors. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private Table table(Language language) {
        synchronized (tables) {
            return tables.computeIfAbsent(language, Table::load);
        }
    }

    private record Table(StaticEmbeddings embeddings, WordPieceTokenizer tokenizer) {

        static Table load(Language language) {
            String resource = "answer-embeddings-" + language.code() + ".bin";
            try (InputStream in = AnswerEmbeddings.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no answer embeddings " + resource + " beside "
                            + AnswerEmbeddings.class.getName());
                }
                StaticEmbeddings embeddings = StaticEmbeddings.read(in);
                return new Table(embeddings, embeddings.tokenizer());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read answer embeddings " + resource, e);
            }
        }
    }
}
