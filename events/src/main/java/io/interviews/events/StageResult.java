package io.interviews.events;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one interview stage: a 0–100 score ({@link RatingScale}), its dimension ratings and the full
 * transcript. {@code reviewReasons} says, for a person, why the stage {@code needsReview} (empty when it does not).
 */
public record StageResult(String stage, String rubricVersion, double score, List<DimensionRating> dimensions,
                          List<Exchange> transcript, boolean needsReview, List<String> reviewReasons,
                          Instant startedAt, Instant completedAt) {

    public StageResult {
        dimensions = List.copyOf(dimensions);
        transcript = List.copyOf(transcript);
        reviewReasons = reviewReasons == null ? List.of() : List.copyOf(reviewReasons);
    }
}
