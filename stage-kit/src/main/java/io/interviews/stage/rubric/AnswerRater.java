package io.interviews.stage.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Rates answers by which rubric points their sentences cover: keywords, plus the meaning of each sentence
 * against the point's exemplar where the bank switches the sentence-embedding model on. Sentences that address
 * the grader are removed first. No randomness, no clock: the same answers always give the same assessment.
 */
public final class AnswerRater {

    private final Supplier<SentenceEmbeddings> embeddings;

    /** {@code embeddings} is asked for only when a bank sets {@code semanticMatch}. */
    public AnswerRater(Supplier<SentenceEmbeddings> embeddings) {
        this.embeddings = embeddings;
    }

    /** Assesses everything the candidate said to {@code question}: the main answer and any follow-up answer. */
    public QuestionAssessment assess(QuestionBank bank, Question question, List<String> answers) {
        List<String> sentences = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String answer : answers) {
            InjectionScreen.ScreenedAnswer screened = InjectionScreen.screen(answer);
            sentences.addAll(screened.kept());
            removed.addAll(screened.removed());
        }
        List<String> normalized = sentences.stream().map(PhraseMatcher::normalize).toList();
        List<PointAssessment> points = new ArrayList<>(question.points().size());
        for (RubricPoint point : question.points()) {
            List<String> matched = new ArrayList<>();
            SortedSet<Integer> evidence = new TreeSet<>();
            for (String keyword : point.keywords()) {
                boolean found = false;
                for (int i = 0; i < sentences.size(); i++) {
                    if (PhraseMatcher.occursIn(normalized.get(i), keyword)) {
                        evidence.add(i);
                        found = true;
                    }
                }
                if (found) {
                    matched.add(keyword);
                }
            }
            Optional<Integer> meaning = meaningMatch(bank, point, sentences);
            meaning.ifPresent(evidence::add);
            points.add(new PointAssessment(point, matched, meaning.isPresent(),
                    evidence.stream().map(sentences::get).toList()));
        }
        return new QuestionAssessment(question, points, sentences, removed);
    }

    /** The index of the sentence most similar to the point's exemplar, if it reaches the bank's threshold. */
    private Optional<Integer> meaningMatch(QuestionBank bank, RubricPoint point, List<String> sentences) {
        if (bank.semanticThreshold().isEmpty() || point.exemplar() == null || sentences.isEmpty()) {
            return Optional.empty();
        }
        double threshold = bank.semanticThreshold().get();
        SentenceEmbeddings model = embeddings.get();
        int best = -1;
        double bestSimilarity = -1;
        for (int i = 0; i < sentences.size(); i++) {
            double similarity = model.similarity(sentences.get(i), point.exemplar());
            if (similarity > bestSimilarity) {
                best = i;
                bestSimilarity = similarity;
            }
        }
        return bestSimilarity >= threshold ? Optional.of(best) : Optional.empty();
    }
}
