package io.interviews.stage.service;

import io.interviews.events.DimensionRating;

import java.util.List;

/**
 * The rated stage: the dimension ratings and the 0–100 score that go into its {@code StageResult}.
 *
 * @param needsReview a rating is not trusted, a model's output could not be read, or an answer addressed the grader
 * @param grades      the question grades made while rating (to be stored with the session)
 */
public record StageGrade(double score, List<DimensionRating> ratings, boolean needsReview, List<QuestionGrade> grades) {

    public StageGrade {
        ratings = List.copyOf(ratings);
        grades = List.copyOf(grades);
    }
}
