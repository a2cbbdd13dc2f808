package io.interviews.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The whole interview scored: plan-weighted total (0–100), band and recommendation, with every stage's result and
 * the dimensions the candidate is advised to work on ({@code improvementAreas}, lowest rated first, at most three).
 */
public record InterviewScored(UUID eventId, UUID interviewId, Instant occurredAt, InterviewContext context,
                              List<StageScore> stageScores, double total, Band band, String recommendation,
                              boolean needsReview, List<StageResult> results,
                              List<ImprovementArea> improvementAreas) implements InterviewEvent {

    public static final String TYPE = "interview.scored.v1";

    public InterviewScored {
        stageScores = List.copyOf(stageScores);
        results = List.copyOf(results);
        // events written before the field existed name no areas
        improvementAreas = improvementAreas == null ? List.of() : List.copyOf(improvementAreas);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
