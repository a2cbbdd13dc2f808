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

    /**
     * {@code answers}: the answer to the main question, then those to its follow-ups, screened ({@link InjectionScreen});
     * read in {@code language}, the language they are written in. A follow-up answer that carries
     * no signal at all ("I think I covered that already") adds nothing to the evidence, so it is not read: its words
     * would only count as length and pull the answer vector towards filler. A sentence said before — in these answers
     * or, {@code saidBefore}, to an earlier question; word for word or nearly ({@link SaidBefore}) — is no new
     * evidence and is not read again: an answer repeated, or a template added to every answer, counts once.
     */
    public AnswerReading read(Language language, Question question, List<InjectionScreen.ScreenedAnswer> answers,
                              SaidBefore saidBefore) {
        List<String> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        SaidBefore said = saidBefore.copy();
        for (int i = 0; i < answers.size(); i++) {
            InjectionScreen.ScreenedAnswer screened = answers.get(i);
            if (i == 0 || AnswerSignals.of(language, screened.kept()).carryEvidence()) {
                for (String sentence : screened.kept()) {
                    (said.add(sentence) ? kept : repeated).add(sentence);
                }
            }
            removed.addAll(screened.removed());
        }
        AnswerSignals signals = AnswerSignals.of(language, kept);
        if (signals.words() == 0) {
            return new AnswerReading(language, kept, removed, repeated, new float[0], 0, signals, false);
        }
        AnswerEmbeddings model = embeddings.get();
        float[] vector = model.answer(language, PlainText.of(String.join("\n", kept)));
        return new AnswerReading(language, kept, removed, repeated, vector,
                AnswerEmbeddings.cosine(vector, model.question(language, question.text())), signals, false);
    }
}
