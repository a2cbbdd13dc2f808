package io.interviews.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The whole interview scored: plan-weighted total (0–100), band and recommendation, with every stage's result. */
public record InterviewScored(UUID eventId, UUID interviewId, Instant occurredAt, InterviewContext context,
                              List<StageScore> stageScores, double total, Band band, String recommendation,
                              boolean needsReview, List<StageResult> results) implements InterviewEvent {

    public static final String TYPE = "interview.scored.v1";

    public InterviewScored {
        stageScores = List.copyOf(stageScores);
        results = List.copyOf(results);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
