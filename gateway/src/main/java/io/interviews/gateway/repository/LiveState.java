package io.interviews.gateway.repository;

import java.util.UUID;

/** What a candidate following an interview is shown of it: where it stands, and which question is open. */
public record LiveState(UUID id, InterviewStatus status, String currentStage, String openQuestionId) {

    public static LiveState of(Interview interview) {
        return new LiveState(interview.id, interview.status, interview.currentStage, interview.openQuestionId);
    }
}
