package io.interviews.stage.rubric;

import io.interviews.events.Language;

import java.util.List;

/**
 * What the rater reads from the answers to one question before any model weighs it.
 *
 * @param language  the language the answers were read in: the one they are written in ({@link WrittenLanguage})
 * @param kept      the sentences that are rated (verbatim)
 * @param removed   sentences that addressed the grader (see {@link InjectionScreen}); never rated
 * @param repeated  sentences said before, in these answers or to an earlier question; read once, where first said
 * @param vector    the answer vector of the kept sentences; empty when nothing was kept
 * @param relevance cosine similarity of the answer and question vectors (0 when nothing was kept)
 * @param unread    the answers are written in a language the brain does not read ({@link WrittenLanguage#of}):
 *                  nothing was read from them, and {@code language} is the interview's
 */
public record AnswerReading(Language language, List<String> kept, List<String> removed, List<String> repeated,
                            float[] vector, double relevance, AnswerSignals signals, boolean unread) {

    public AnswerReading {
        kept = List.copyOf(kept);
        removed = List.copyOf(removed);
        repeated = List.copyOf(repeated);
    }

    /** Answers in a language the brain does not read, in an interview held in {@code asked}: kept, never read. */
    static AnswerReading unread(Language asked, List<InjectionScreen.ScreenedAnswer> answers) {
        List<String> kept = answers.stream().flatMap(answer -> answer.kept().stream()).toList();
        List<String> removed = answers.stream().flatMap(answer -> answer.removed().stream()).toList();
        return new AnswerReading(asked, kept, removed, List.of(), new float[0], 0, AnswerSignals.of(asked, kept), true);
    }

    public boolean saidNothing() {
        return vector.length == 0;
    }
}
