package io.interviews.gateway.service;

import io.interviews.events.Language;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.OfferResponse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the candidate sees of the interview: never a score, a weight or a draft. {@code delayed} says the next
 * question is late on the interviewers' side (the interview is stalled), without saying why. {@code stages} are the
 * plan's stage names in interview order and {@code completedStages} those done, so the candidate page can show
 * where the interview stands; {@code consentedAt} is when the candidate agreed to the terms (null until then).
 */
public record CandidateView(UUID interviewId, InterviewStatus status, String currentStage, OpenQuestion openQuestion,
                            long answeredQuestions, boolean delayed, OfferResponse offerResponse, Language language,
                            List<String> stages, List<String> completedStages, Instant consentedAt) {
}
