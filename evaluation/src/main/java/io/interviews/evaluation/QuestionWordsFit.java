package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.QuestionWords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Fits {@link QuestionWords} on the {@code dev} answers of one language: the words of each question's answers, and
 * the margin over which an answer reads as another question's, set at the 99th percentile of the margins of
 * {@code dev} answers judged by counts fitted without their own group's fold (as unseen answers are judged).
 */
final class QuestionWordsFit {

    /** The share of {@code dev} answers, out of fold, that may read as another question's. */
    static final double FLAGGED_SHARE = 0.01;
    /** Vocabulary words an answer needs before it is judged: fewer say too little to tell questions apart. */
    static final int MIN_WORDS = 10;

    /** One {@code dev} answer as counted: its content group (for the folds), its question and its words. */
    record Answer(String group, String questionId, List<String> words) {
    }

    private QuestionWordsFit() {
    }

    static QuestionWords.File fit(Language language, List<Answer> answers, String fittedOn) {
        List<Double> margins = new ArrayList<>();
        for (int fold = 0; fold < Calibration.FOLDS; fold++) {
            int held = fold;
            Predicate<Answer> heldOut = answer -> Calibration.fold(answer.group()) == held;
            QuestionWords counted = new QuestionWords(counts(language, answers.stream().filter(heldOut.negate()).toList(),
                    fittedOn, Double.POSITIVE_INFINITY));
            answers.stream().filter(heldOut).forEach(answer -> counted.margin(answer.questionId(), answer.words())
                    .ifPresent(margin -> margins.add(margin.margin())));
        }
        double flagAbove = Math.round(Statistics.percentile(margins, 1 - FLAGGED_SHARE) * 10_000) / 10_000.0;
        return counts(language, answers, fittedOn, flagAbove);
    }

    private static QuestionWords.File counts(Language language, List<Answer> answers, String fittedOn, double flagAbove) {
        Map<String, Integer> totals = new TreeMap<>();
        answers.forEach(answer -> answer.words().forEach(word -> totals.merge(word, 1, Integer::sum)));
        // in the order of the sorted map: the same set always gives the same file
        List<String> vocabulary = totals.entrySet().stream().filter(word -> word.getValue() >= 2)
                .map(Map.Entry::getKey).toList();
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (Answer answer : answers) {
            int[] ofQuestion = counts.computeIfAbsent(answer.questionId(), question -> new int[vocabulary.size()]);
            answer.words().stream().map(index::get).filter(i -> i != null).forEach(i -> ofQuestion[i]++);
        }
        Map<String, List<Integer>> questions = new TreeMap<>();
        counts.forEach((question, ofQuestion) -> questions.put(question, Arrays.stream(ofQuestion).boxed().toList()));
        return new QuestionWords.File(language.code(), fittedOn, flagAbove, MIN_WORDS, vocabulary, questions);
    }
}
