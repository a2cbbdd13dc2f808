package io.interviews.gateway.service;

import io.interviews.gateway.repository.InterviewStatus;

import java.util.UUID;

/** What the candidate sees of the interview: never a score, never a draft. */
public record CandidateView(UUID interviewId, InterviewStatus status, String currentStage, OpenQuestion openQuestion,
                            long answeredQuestions, OfferResponse offerResponse) {
}
