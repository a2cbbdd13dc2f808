package io.interviews.gateway.service;

import io.interviews.gateway.repository.InterviewStatus;

import java.util.UUID;

/** What the candidate sees of the interview: never a score. */
public record CandidateView(UUID interviewId, InterviewStatus status, String currentStage, OpenQuestion openQuestion,
                            long answeredQuestions) {
}
