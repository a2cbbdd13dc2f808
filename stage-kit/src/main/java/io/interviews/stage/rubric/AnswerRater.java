package io.interviews.stage.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Rates answers by which rubric points their sentences cover; no model, no randomness. */
public final class AnswerRater {

    private AnswerRater() {
    }

    /** Assesses everything the candidate said to {@code question}: the main answer and any follow-up answer. */
    public static QuestionAssessment assess(Question question, List<String> answers) {
        List<String> sentences = answers.stream().flatMap(answer -> Sentences.of(answer).stream()).toList();
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
            points.add(new PointAssessment(point, matched, evidence.stream().map(sentences::get).toList()));
        }
        return new QuestionAssessment(question, points);
    }
}
