package io.interviews.gateway.service;

import io.interviews.gateway.repository.InterviewStatus;

import java.util.UUID;

/**
 * What the candidate sees of the interview: never a score, never a draft. {@code delayed} says the next question
 * is late on the interviewers' side (the interview is stalled), without saying why.
 */
public record CandidateView(UUID interviewId, InterviewStatus status, String currentStage, OpenQuestion openQuestion,
                            long answeredQuestions, boolean delayed, OfferResponse offerResponse) {
}
