package io.interviews.events;

import java.time.Instant;
import java.util.List;

/** The outcome of one interview stage: a 0–100 score, its dimension ratings and the full transcript. */
public record StageResult(String stage, String rubricVersion, double score, List<DimensionRating> dimensions,
                          List<Exchange> transcript, boolean needsReview, Instant startedAt, Instant completedAt) {

    public StageResult {
        dimensions = List.copyOf(dimensions);
        transcript = List.copyOf(transcript);
    }
}
