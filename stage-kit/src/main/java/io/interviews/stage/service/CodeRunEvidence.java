package io.interviews.stage.service;

import io.interviews.events.DimensionRating;
import io.interviews.stage.code.CodeRun;
import io.interviews.stage.rubric.Dimension;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.QuestionBank;
import io.interviews.stage.rubric.RubricPoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Puts what running the candidate's code showed into the stage result: the summary of each run goes into the
 * rationale of the first dimension (in bank order) that the answered question rates. Evidence for the reader;
 * the rating itself never depends on a run, so the same transcript keeps the same score.
 */
public final class CodeRunEvidence {

    private CodeRunEvidence() {
    }

    public static List<DimensionRating> attach(QuestionBank bank, InterviewState state, List<DimensionRating> ratings) {
        Map<String, List<String>> notesByDimension = new LinkedHashMap<>();
        for (AnsweredQuestion entry : state.transcript()) {
            if (entry.codeRuns().isEmpty()) {
                continue;
            }
            String questionId = Question.mainQuestionId(entry.exchange().questionId());
            bank.question(questionId).flatMap(question -> firstRatedDimension(bank, question)).ifPresent(dimension ->
                    notesByDimension.computeIfAbsent(dimension, d -> new ArrayList<>()).add("Code run for "
                            + entry.exchange().questionId() + ": "
                            + entry.codeRuns().stream().map(CodeRun::summary).collect(Collectors.joining(" | "))));
        }
        if (notesByDimension.isEmpty()) {
            return ratings;
        }
        return ratings.stream().map(rating -> notesByDimension.containsKey(rating.dimension())
                ? new DimensionRating(rating.dimension(), rating.rating(), rating.weight(), rating.evidence(),
                rating.rationale() + " " + String.join(" ", notesByDimension.get(rating.dimension())), rating.trusted(),
                rating.brain())
                : rating).toList();
    }

    private static Optional<String> firstRatedDimension(QuestionBank bank, Question question) {
        List<String> rated = question.points().stream().map(RubricPoint::dimension).toList();
        return bank.dimensions().stream().map(Dimension::id).filter(rated::contains).findFirst();
    }
}
