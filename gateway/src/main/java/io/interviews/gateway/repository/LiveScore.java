package io.interviews.gateway.repository;

import io.interviews.events.Band;
import io.interviews.events.InterviewScored;
import io.interviews.events.StageScore;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.List;

/**
 * The interview's live score as {@link InterviewScored} gave it; {@code scoredAt} is the event's time (null for scores
 * recorded before V13).
 */
@Embeddable
public record LiveScore(
        @JdbcTypeCode(SqlTypes.JSON) @Mutability(Immutability.class) List<StageScore> stageScores,
        Double total,
        @Enumerated(EnumType.STRING) Band band,
        String recommendation,
        Boolean needsReview,
        Instant scoredAt) {

    public static LiveScore of(InterviewScored scored) {
        return new LiveScore(scored.stageScores(), scored.total(), scored.band(), scored.recommendation(),
                scored.needsReview(), scored.occurredAt());
    }
}
