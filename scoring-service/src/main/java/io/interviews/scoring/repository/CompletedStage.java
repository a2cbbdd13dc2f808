package io.interviews.scoring.repository;

import java.time.Instant;

/** A stage an interview has completed, with its score. */
public record CompletedStage(String stage, double score, boolean needsReview, Instant completedAt) {
}
