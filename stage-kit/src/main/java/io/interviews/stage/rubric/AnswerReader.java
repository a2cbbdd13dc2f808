package io.interviews.stage.rubric;

import io.interviews.events.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Screens the answers to a question and reads their vector, relevance and signals: what any answer model weighs. */
public final class AnswerReader {

    private final Supplier<AnswerEmbeddings> embeddings;

    /** {@code embeddings} is asked for on the first answer that says anything. */
    public AnswerReader(Supplier<AnswerEmbeddings> embeddings) {
        this.embeddings = embeddings;
    }

    public AnswerReading read(Language language, Question question, List<String> answers) {
        List<String> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String answer : answers) {
            InjectionScreen.ScreenedAnswer screened = InjectionScreen.screen(answer);
            kept.addAll(screened.kept());
            removed.addAll(screened.removed());
        }
        AnswerSignals signals = AnswerSignals.of(language, kept);
        if (signals.words() == 0) {
            return new AnswerReading(kept, removed, new float[0], 0, signals);
        }
        AnswerEmbeddings model = embeddings.get();
        float[] vector = model.answer(language, String.join("\n", kept));
        return new AnswerReading(kept, removed, vector,
                AnswerEmbeddings.cosine(vector, model.question(language, question.text())), signals);
    }
}
