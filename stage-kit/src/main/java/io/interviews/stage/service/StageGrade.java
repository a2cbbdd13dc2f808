package io.interviews.stage.service;

import io.interviews.events.DimensionRating;

import java.util.List;

/**
 * The rated stage: the dimension ratings and the 0–100 score that go into its {@code StageResult}.
 *
 * @param reviewReasons why a person must review the stage, for the recruiter (empty: the ratings stand) — a rating
 *                      not trusted, a model's output unreadable or unavailable, an answer addressed to the grader, or
 *                      ratings too uncertain to decide on
 * @param grades        the question grades made while rating (to be stored with the session)
 */
public record StageGrade(double score, List<DimensionRating> ratings, List<String> reviewReasons,
                         List<QuestionGrade> grades) {

    public StageGrade {
        ratings = List.copyOf(ratings);
        reviewReasons = List.copyOf(reviewReasons);
        grades = List.copyOf(grades);
    }

    public boolean needsReview() {
        return !reviewReasons.isEmpty();
    }
}
