package io.interviews.gateway.repository;

import io.interviews.events.StageResult;

import java.util.List;

/** Whether a completed stage needs a person's review and, if so, why (the stage's own words). */
public record StageReview(String stage, boolean needsReview, List<String> reviewReasons) {

    public StageReview {
        reviewReasons = reviewReasons == null ? List.of() : List.copyOf(reviewReasons);
    }

    public static StageReview of(StageResult result) {
        return new StageReview(result.stage(), result.needsReview(), result.reviewReasons());
    }
}
