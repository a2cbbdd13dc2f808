package io.interviews.scoring.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** A stage an interview has completed, with its score. */
@Embeddable
public class CompletedStage {

    @Column(nullable = false)
    public String stage;

    @Column(nullable = false)
    public double score;

    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    @Column(name = "completed_at")
    public Instant completedAt;

    protected CompletedStage() {
    }

    public CompletedStage(String stage, double score, boolean needsReview, Instant completedAt) {
        this.stage = stage;
        this.score = score;
        this.needsReview = needsReview;
        this.completedAt = completedAt;
    }
}
